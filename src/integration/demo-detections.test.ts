/**
 * Issue 6 acceptance: the demo organization's day of CloudTrail (benign background plus planted attacks,
 * written as the organization trail delivers it: gzipped files per account, region and hour, in the security
 * account's trail bucket), read straight from simcloud's S3 through the SDK (the management account's
 * credentials assuming the log-archive role), through every AWS detection. Every planted attack is cited by a detection of medium
 * severity or above; nothing above low fires on the benign background alone.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runDetections, type DetectionResult } from '../detect/engine.js';
import { detectContext } from '../detect/kit/context.js';
import { selectDetections } from '../detect/registry.js';
import { demoAuditDay, TOR_EXIT, TRAIL_BUCKET } from '../simcloud/world/demo/audit/index.js';
import { LOG_ARCHIVE_ACCOUNT } from '../simcloud/world/demo/audit/attach.js';
import { demoWorld, DEMO_CREDENTIALS } from '../simcloud/world/demo/index.js';
import { startSimcloud } from '../simcloud/testing.js';
import { readCloudTrailInputs } from '../sources/logs/cloudtrail/inputs.js';
import { openGeo } from '../sources/logs/geo.js';

const ORG_ACCOUNTS = ['111111111111', '222222222222', '333333333333', '444444444444'];
const SEVERE = new Set(['medium', 'high', 'critical']);

let fired: DetectionResult[] | undefined;
async function detections(): Promise<DetectionResult[]> {
  if (fired) return fired;
  const sim = await startSimcloud(demoWorld());
  const saved = { ...process.env };
  Object.assign(process.env, { AWS_ENDPOINT_URL: sim.endpoint, AWS_ACCESS_KEY_ID: DEMO_CREDENTIALS.accessKeyId, AWS_SECRET_ACCESS_KEY: DEMO_CREDENTIALS.secretAccessKey, AWS_REGION: 'us-east-1' });
  try {
    const errors: unknown[] = [];
    const ctx = detectContext({ knownAccounts: ORG_ACCOUNTS, usedRegions: ['eu-west-1', 'us-east-1'], badIps: [`${TOR_EXIT.split('.').slice(0, 3).join('.')}.0/24`], geo: openGeo()! });
    const out: DetectionResult[] = [];
    const input = readCloudTrailInputs([`s3://${TRAIL_BUCKET}/AWSLogs/`], { onError: (e) => errors.push(e), assumeRole: `arn:aws:iam::${LOG_ARCHIVE_ACCOUNT}:role/OrganizationAccountAccessRole` });
    const { events } = await runDetections(input, selectDetections('aws'), ctx, (r) => out.push(r));
    assert.deepEqual(errors, []);
    assert.equal(events, demoAuditDay().records.length, 'every record of the day is read from the bucket');
    fired = out;
    return out;
  } finally {
    process.env = saved;
    await sim.close();
  }
}

test('every planted attack is detected at medium severity or above', async () => {
  const found = await detections();
  const cited = new Map<string, DetectionResult[]>();
  for (const d of found) for (const id of d.events) cited.set(id, [...(cited.get(id) ?? []), d]);
  const missed = demoAuditDay().attacks.filter((a) => !a.events.some((id) => (cited.get(id) ?? []).some((d) => SEVERE.has(d.severity))));
  assert.deepEqual(missed.map((a) => a.name), []);
});

test('the benign background raises nothing above low severity', async () => {
  const found = await detections();
  const noisy = found.filter((d) => SEVERE.has(d.severity) && d.events.every((id) => id.startsWith('bg-')));
  assert.deepEqual(noisy.map((d) => `${d.detectionId}: ${d.message} (${d.events.slice(0, 3).join(', ')})`), []);
});
