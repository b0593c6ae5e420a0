/**
 * Test helpers for the logging and monitoring collectors: a one-account world around given regional
 * sections, a run of a collector against simcloud with the world's admin or a restricted credential, and
 * lookups on the emitted resources.
 */
import type { Resource, Value } from '../../../../../model/core/index.js';
import { startSimcloud, type RunningSimcloud } from '../../../../../simcloud/testing.js';
import type { WorldInput } from '../../../../../simcloud/world/schema.js';
import type { CollectorDefinition } from '../../collector.js';
import { runCollectorForTest, type CollectorTestResult } from '../../testing.js';

export const ACCOUNT = '111122223333';
export const DENIED_KEY = 'AKIADENIEDMONITOR01';

/** A world with one account whose regions hold `regions`; `denied` actions go to a second credential. */
export function worldOf(regions: Record<string, Record<string, unknown>>, denied: string[] = []): WorldInput {
  return {
    regions: ['us-east-1', 'us-east-2', 'eu-west-1', 'eu-central-1', 'ap-east-1'],
    optInRegions: ['ap-east-1'],
    accounts: [{ id: ACCOUNT, name: 'prod', regions }],
    credentials: [{ accessKeyId: DENIED_KEY, secretAccessKey: 'denied-secret', accountId: ACCOUNT, principal: 'user/auditor', denied }],
  };
}

/** Runs `collector` in `region`; `restricted` uses the credential with the denied actions. */
export function run(sim: RunningSimcloud, collector: CollectorDefinition, region: string, restricted = false): Promise<CollectorTestResult> {
  const credentials = restricted ? { accessKeyId: DENIED_KEY, secretAccessKey: 'denied-secret' } : sim.credentials;
  return runCollectorForTest(collector, { endpoint: sim.endpoint, credentials, account: ACCOUNT, region, maxAttempts: 1 });
}

export { startSimcloud };

/** The resource with this name (fails loudly when absent). */
export function named<R extends Resource>(resources: readonly Resource[], name: string): R {
  const r = resources.find((x) => x.name === name);
  if (r === undefined) throw new Error(`no resource named ${name} among ${resources.map((x) => x.name).join(', ')}`);
  return r as R;
}

/** A known value's content; throws on an unresolvable one so assertions cannot pass by accident. */
export function known<T>(v: Value<T>): T {
  if (v.kind === 'unresolvable') throw new Error(`value is unresolvable: ${v.reason ?? ''}`);
  return v.value as T;
}
