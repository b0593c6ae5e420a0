import type { WorldInput } from '../../schema.js';
import type { PlantFamily, Planted } from './merge.js';
import { identityPlants } from './identity.js';
import { networkPlants } from './network.js';
import { storagePlants } from './storage.js';
import { monitoringPlants } from './monitoring.js';
import { computePlants } from './compute.js';
import { containerPlants } from './containers.js';

/** The plant families, applied in this order after the account files built the world. */
export const PLANT_FAMILIES: readonly PlantFamily[] = [identityPlants, networkPlants, storagePlants, monitoringPlants, computePlants, containerPlants];

export function applyPlants(world: WorldInput): WorldInput {
  for (const f of PLANT_FAMILIES) f.plant(world);
  return world;
}

/** Every misconfiguration the plant families promise the scan finds. */
export function plantedByFamilies(): Planted[] {
  return PLANT_FAMILIES.flatMap((f) => f.expected);
}

export type { PlantFamily, Planted } from './merge.js';
