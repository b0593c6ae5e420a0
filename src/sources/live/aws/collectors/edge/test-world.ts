/**
 * Test helpers and the planted world for the edge and compute collectors: a one-account world, a run of a
 * collector against simcloud with the admin or a restricted credential, lookups on emitted resources.
 */
import type { Resource, Value } from '../../../../../model/core/index.js';
import { startSimcloud, type RunningSimcloud } from '../../../../../simcloud/testing.js';
import type { WorldInput } from '../../../../../simcloud/world/schema.js';
import type { CollectorDefinition } from '../../collector.js';
import { runCollectorForTest, type CollectorTestResult } from '../../testing.js';

export const ACCOUNT = '444455556666';
export const REGION = 'eu-west-1';
export const DENIED_KEY = 'AKIAEDGEDENIED000001';
const DENIED_SECRET = 'edge-denied-secret';

/** A world with one account whose regions hold `regions` (and `services` globally); `denied` goes to a second credential. */
export function worldOf(regions: Record<string, Record<string, unknown>>, denied: string[] = [], services: Record<string, unknown> = {}): WorldInput {
  return {
    regions: ['us-east-1', 'eu-west-1', 'eu-central-1'],
    optInRegions: [],
    accounts: [{ id: ACCOUNT, name: 'edge', regions, services }],
    credentials: [{ accessKeyId: DENIED_KEY, secretAccessKey: DENIED_SECRET, accountId: ACCOUNT, principal: 'user/auditor', denied }],
  };
}

/** Runs `collector` in `region`; `restricted` uses the credential with the denied actions. */
export function run(sim: RunningSimcloud, collector: CollectorDefinition, region = REGION, restricted = false): Promise<CollectorTestResult> {
  const credentials = restricted ? { accessKeyId: DENIED_KEY, secretAccessKey: DENIED_SECRET } : sim.credentials;
  return runCollectorForTest(collector, { endpoint: sim.endpoint, credentials, account: ACCOUNT, region, maxAttempts: 1, now: new Date('2026-06-01T00:00:00Z') });
}

export { startSimcloud };

/** The resources of one type. */
export function ofType<R extends Resource>(resources: readonly Resource[], type: string): R[] {
  return resources.filter((r) => r.type === type) as R[];
}

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
