/**
 * Test support for the data and operations collectors (RDS, EFS, DynamoDB, SNS, SQS, Secrets Manager, SSM,
 * Inspector2): a one-account world around given regional sections, a run of a collector through the real SDK
 * against simcloud (admin or a credential with denied actions), and lookups on what it emitted. Lives under
 * integration/ because it wires sources to simcloud, which the layer rules allow only here.
 */
import type { Resource, Value } from '../../model/core/index.js';
import { startSimcloud, type RunningSimcloud, type StartOptions } from '../../simcloud/testing.js';
import type { WorldInput } from '../../simcloud/world/schema.js';
import type { CollectorDefinition } from '../../sources/live/aws/collector.js';
import { runCollectorForTest, type CollectorTestResult } from '../../sources/live/aws/testing.js';

export const ACCOUNT = '210987654321';
export const REGION = 'eu-west-1';
const DENIED_KEY = 'AKIADATADENIED000001';
const DENIED_SECRET = 'data-denied-secret';

/** A world with one account whose `REGION` holds `sections`; `denied` actions apply to a second credential. */
export function worldOf(sections: Record<string, unknown>, denied: string[] = []): WorldInput {
  return {
    regions: ['us-east-1', REGION],
    optInRegions: [],
    accounts: [{ id: ACCOUNT, name: 'data', regions: { [REGION]: sections } }],
    credentials: [{ accessKeyId: DENIED_KEY, secretAccessKey: DENIED_SECRET, accountId: ACCOUNT, principal: 'user/auditor', denied }],
  };
}

/** Starts simcloud with `worldOf(sections, denied)` (and faults, latency, ... from `opts`). */
export function start(sections: Record<string, unknown>, denied: string[] = [], opts: StartOptions = {}): Promise<RunningSimcloud> {
  return startSimcloud(worldOf(sections, denied), opts);
}

/**
 * Runs `collector` in `REGION`; `restricted` signs with the credential whose actions are denied. One attempt per
 * call by default (failures show at once); fault-injection tests give the SDK more.
 */
export function run(sim: RunningSimcloud, collector: CollectorDefinition, restricted = false, maxAttempts = 1): Promise<CollectorTestResult> {
  const credentials = restricted ? { accessKeyId: DENIED_KEY, secretAccessKey: DENIED_SECRET } : sim.credentials;
  return runCollectorForTest(collector, { endpoint: sim.endpoint, credentials, account: ACCOUNT, region: REGION, maxAttempts });
}

/** The resource with this name and type (fails loudly when absent). */
export function named<R extends Resource>(resources: readonly Resource[], name: string, type?: string): R {
  const r = resources.find((x) => x.name === name && (type === undefined || x.type === type));
  if (r === undefined) throw new Error(`no resource named ${name} among ${resources.map((x) => x.name).join(', ')}`);
  return r as R;
}

/** A known value's content; throws on an unresolvable one so assertions cannot pass by accident. */
export function known<T>(v: Value<T>): T {
  if (v.kind === 'unresolvable') throw new Error(`value is unresolvable: ${v.reason ?? ''}`);
  return v.value as T;
}

/** The provenance a value read by `call` in the test account and region carries. */
export function apiSource(call: string): { kind: 'api'; call: string; region: string; account: string } {
  return { kind: 'api', call, region: REGION, account: ACCOUNT };
}

/** A resource policy that lets anyone act, without conditions. */
export function publicPolicy(action: string, resource: string): string {
  return JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: action, Resource: resource }] });
}

/** A resource policy limited to one account. */
export function accountPolicy(action: string, resource: string): string {
  return JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` }, Action: action, Resource: resource }] });
}
