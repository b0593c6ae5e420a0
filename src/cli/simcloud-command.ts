/**
 * `cloudwarden simcloud`: serve a world over AWS's wire protocols until SIGINT/SIGTERM, and print the
 * environment the AWS SDKs and CLI need to talk to it.
 */
import { UsageError } from '../shared/errors.js';
import { createSimcloudServer } from '../simcloud/server.js';
import { buildWorld, defaultCredentialFor, WorldLoadError } from '../simcloud/world/load.js';
import { resolveWorldSpec, WorldSpecError } from '../simcloud/world/resolve.js';
import { defaultAccountId } from '../simcloud/testing.js';

/** Options as commander hands them over (strings). */
export interface SimcloudCommandOptions {
  readonly port?: string;
  readonly host?: string;
  readonly world?: string;
  readonly latencyMs?: string;
  readonly throttleRate?: string;
  readonly errorRate?: string;
  readonly seed?: string;
}

function num(name: string, v: string | undefined, check: (n: number) => boolean, hint: string): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isFinite(n) || !check(n)) throw new UsageError(`--${name} ${hint}, got ${v}`);
  return n;
}

/** Runs the server; resolves with the exit code once a stop signal closed it. */
export async function runSimcloudCommand(o: SimcloudCommandOptions, signal?: AbortSignal): Promise<number> {
  const port = num('port', o.port, (n) => Number.isInteger(n) && n >= 0 && n < 65536, 'must be a port number') ?? 4566;
  const faults = {
    latencyMs: num('latency-ms', o.latencyMs, (n) => n >= 0, 'must be >= 0'),
    throttleRate: num('throttle-rate', o.throttleRate, (n) => n >= 0 && n <= 1, 'must be between 0 and 1'),
    errorRate: num('error-rate', o.errorRate, (n) => n >= 0 && n <= 1, 'must be between 0 and 1'),
    seed: num('seed', o.seed, Number.isInteger, 'must be an integer'),
  };
  const spec = o.world ?? 'demo';
  let world;
  try {
    world = buildWorld(await resolveWorldSpec(spec));
  } catch (e) {
    if (e instanceof WorldSpecError || e instanceof WorldLoadError) throw new UsageError(e.message);
    throw e;
  }
  const sim = createSimcloudServer(world, { faults });
  let endpoint: string;
  try {
    endpoint = await sim.listen(port, o.host ?? '127.0.0.1');
  } catch (e) {
    throw new UsageError(`cannot listen on ${o.host ?? '127.0.0.1'}:${port}: ${(e as Error).message}`);
  }
  const account = defaultAccountId(world);
  const cred = defaultCredentialFor(account);
  if (!world.credentials.has(cred.accessKeyId)) world.credentials.set(cred.accessKeyId, cred);
  const region = world.accounts.get(account)?.enabledRegions[0] ?? 'us-east-1';
  process.stdout.write(
    [
      `simcloud: serving ${spec} (${world.accounts.size} account(s), ${sim.services.signingNames.length} services) at ${endpoint}`,
      `# credentials of the ${world.organization ? 'management' : 'first'} account's admin (${account}); Ctrl-C stops the server`,
      `export AWS_ENDPOINT_URL=${endpoint}`,
      `export AWS_ACCESS_KEY_ID=${cred.accessKeyId}`,
      `export AWS_SECRET_ACCESS_KEY=${cred.secretAccessKey}`,
      `export AWS_REGION=${region}`,
      '',
    ].join('\n'),
  );
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    signal?.addEventListener('abort', stop, { once: true });
  });
  await sim.close();
  const s = sim.faults.stats;
  process.stderr.write(`simcloud: stopped after ${s.requests} request(s) (${s.throttled} throttled, ${s.errors} server errors injected)\n`);
  return 0;
}
