import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { STSClient, GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import { runSimcloudCommand } from './simcloud-command.js';
import { UsageError } from '../shared/errors.js';
import { parseScaleSpec, resolveWorldSpec, WorldSpecError } from '../simcloud/world/resolve.js';

describe('cloudwarden simcloud', () => {
  it('serves a world file and prints the environment to use', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'simcloud-cli-'));
    const file = join(dir, 'w.yaml');
    writeFileSync(file, "organization: { id: o-abcdefghij, managementAccountId: '111111111111' }\naccounts:\n  - id: '111111111111'\n  - id: '222222222222'\n");
    const out: string[] = [];
    const write = process.stdout.write.bind(process.stdout);
    const errWrite = process.stderr.write.bind(process.stderr);
    process.stdout.write = ((s: string) => (out.push(s), true)) as typeof process.stdout.write;
    process.stderr.write = (() => true) as typeof process.stderr.write;
    const stop = new AbortController();
    let done: Promise<number>;
    try {
      done = runSimcloudCommand({ port: '0', world: file }, stop.signal);
      for (let i = 0; i < 100 && !out.join('').includes('AWS_REGION'); i++) await new Promise((r) => setTimeout(r, 20));
    } finally {
      process.stdout.write = write;
    }
    try {
      const env = Object.fromEntries([...out.join('').matchAll(/^export (\w+)=(.*)$/gm)].map((m) => [m[1]!, m[2]!]));
      assert.match(env.AWS_ENDPOINT_URL!, /^http:\/\/127\.0\.0\.1:\d+$/);
      const sts = new STSClient({ endpoint: env.AWS_ENDPOINT_URL, region: env.AWS_REGION, credentials: { accessKeyId: env.AWS_ACCESS_KEY_ID!, secretAccessKey: env.AWS_SECRET_ACCESS_KEY! } });
      assert.equal((await sts.send(new GetCallerIdentityCommand({}))).Account, '111111111111');
    } finally {
      stop.abort();
      assert.equal(await done!, 0);
      process.stderr.write = errWrite;
    }
  });

  it('rejects bad options and worlds as usage errors', async () => {
    await assert.rejects(runSimcloudCommand({ port: '0', world: '/nonexistent/world.yaml' }), (e: Error) => e instanceof UsageError && /world file not found/.test(e.message));
    await assert.rejects(runSimcloudCommand({ port: '0', throttleRate: '2' }), (e: Error) => e instanceof UsageError && /throttle-rate/.test(e.message));
    await assert.rejects(runSimcloudCommand({ port: 'x' }), UsageError);
  });

  it('parses scale specs', async () => {
    assert.deepEqual(parseScaleSpec('scale:accounts=100,resources=50'), { accounts: 100, resources: 50 });
    assert.deepEqual(parseScaleSpec('scale:accounts=3'), { accounts: 3, resources: 100 });
    assert.throws(() => parseScaleSpec('scale:accounts=0'), WorldSpecError);
    assert.throws(() => parseScaleSpec('scale:regions=2,accounts=1'), /unknown scale parameter/);
    await assert.rejects(resolveWorldSpec('scale:accounts=-1'), WorldSpecError);
  });
});
