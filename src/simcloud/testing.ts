/**
 * Starting simcloud in tests: `const sim = await startSimcloud(world)` binds 127.0.0.1 on a free port and
 * hands back the endpoint and the management account's admin credentials (the first account's when the
 * world has no organization). Always `await sim.close()` (e.g. in `after()`).
 */
import type { FaultOptions } from './faults.js';
import type { FaultInjector } from './faults.js';
import type { ServiceDefinition } from './service.js';
import { createSimcloudServer } from './server.js';
import { buildWorld, defaultCredentialFor, isWorldState } from './world/load.js';
import type { WorldInput } from './world/schema.js';
import type { WorldState } from './world/state.js';

/** Options of `startSimcloud`. */
export interface StartOptions {
  readonly port?: number;
  readonly host?: string;
  readonly faults?: FaultOptions;
  /** Replace the catalogue (tests of the core with test-only services). */
  readonly services?: readonly ServiceDefinition[];
  /** Server clock (session expiry). */
  readonly clock?: () => Date;
  readonly onRequest?: (info: { service: string; operation: string; status: number; code?: string }) => void;
}

/** A running simcloud. */
export interface RunningSimcloud {
  readonly endpoint: string;
  readonly credentials: { readonly accessKeyId: string; readonly secretAccessKey: string };
  readonly world: WorldState;
  readonly faults: FaultInjector;
  close(): Promise<void>;
}

/** The account whose admin credentials a world hands out by default. */
export function defaultAccountId(world: WorldState): string {
  const id = world.organization?.managementAccountId ?? world.accounts.keys().next().value;
  if (!id) throw new Error('the world has no accounts');
  return id;
}

/** Starts simcloud serving `world` (a `WorldInput` is built first) on 127.0.0.1 and a free port. */
export async function startSimcloud(world: WorldInput | WorldState, opts: StartOptions = {}): Promise<RunningSimcloud> {
  const state = isWorldState(world) ? world : buildWorld(world);
  const sim = createSimcloudServer(state, opts);
  const endpoint = await sim.listen(opts.port ?? 0, opts.host ?? '127.0.0.1');
  const cred = defaultCredentialFor(defaultAccountId(state));
  if (!state.credentials.has(cred.accessKeyId)) state.credentials.set(cred.accessKeyId, cred);
  return { endpoint, credentials: { accessKeyId: cred.accessKeyId, secretAccessKey: cred.secretAccessKey }, world: state, faults: sim.faults, close: () => sim.close() };
}
