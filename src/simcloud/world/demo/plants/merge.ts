/**
 * Helpers the plant families use to add resources to the demo world without editing the account files:
 * each family (identity, network, storage, monitoring, compute) owns one module here, so the families can
 * grow independently and a reader finds every planted misconfiguration of a family in one place.
 */
import type { AccountInput, WorldInput } from '../../schema.js';

/** `global` addresses an account's global services (IAM, S3, ...); anything else is a region name. */
export type Scope = 'global' | string;

/** A planted misconfiguration the demo scan must find: rule, account, and a part of the resource id. */
export type Planted = readonly [rule: string, account: string, resourcePart: string];

/** A plant family: it adds its resources to the world and lists what the scan must find. */
export interface PlantFamily {
  readonly name: string;
  plant(world: WorldInput): void;
  readonly expected: readonly Planted[];
}

function account(world: WorldInput, id: string): AccountInput {
  const a = world.accounts.find((x) => x.id === id);
  if (!a) throw new Error(`demo plants: no account ${id} in the world`);
  return a;
}

/** The service section of an account in a scope, created when missing. */
export function serviceSection(world: WorldInput, accountId: string, scope: Scope, service: string): Record<string, unknown> {
  const a = account(world, accountId);
  let services: Record<string, unknown>;
  if (scope === 'global') services = a.services ??= {};
  else services = (a.regions ??= {})[scope] ??= {};
  return (services[service] ??= {}) as Record<string, unknown>;
}

/** Appends items to a list in a service section (`Buckets`, `Roles`, `SecurityGroups`, ...). */
export function append(world: WorldInput, accountId: string, scope: Scope, service: string, key: string, ...items: unknown[]): void {
  const s = serviceSection(world, accountId, scope, service);
  const list = (s[key] ??= []) as unknown[];
  if (!Array.isArray(list)) throw new Error(`demo plants: ${accountId}/${scope}/${service}.${key} is not a list`);
  list.push(...items);
}

/** Sets one key of a service section (an account-level setting such as `EbsEncryptionByDefault`). */
export function setKey(world: WorldInput, accountId: string, scope: Scope, service: string, key: string, value: unknown): void {
  serviceSection(world, accountId, scope, service)[key] = value;
}

/** Finds an existing item of a list (for a family that adjusts a resource another file declared). */
export function findItem<T = Record<string, unknown>>(world: WorldInput, accountId: string, scope: Scope, service: string, key: string, match: (item: Record<string, unknown>) => boolean): T {
  const list = serviceSection(world, accountId, scope, service)[key];
  const found = Array.isArray(list) ? (list as Record<string, unknown>[]).find(match) : undefined;
  if (!found) throw new Error(`demo plants: no matching item in ${accountId}/${scope}/${service}.${key}`);
  return found as T;
}
