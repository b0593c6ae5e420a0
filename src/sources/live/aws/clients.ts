/**
 * SDK v3 client construction for a scan: one client per (account, region, client class), shared by every
 * collector that needs it so the SDK's adaptive retry (client-side rate limiting) sees all the traffic to that
 * endpoint. Endpoints come from standard SDK configuration: `AWS_ENDPOINT_URL` / `AWS_ENDPOINT_URL_<SERVICE>`
 * (read by the SDK itself) or an explicit `endpoint`, which is also a standard client option.
 */
import { isThrottlingError } from './errors.js';

/** Counters the scan reports; shared by every client and context of one scan. */
export interface ScanCounters {
  /** Logical API calls (one per `ctx.call` and per page of `ctx.paginate`). */
  calls: number;
  /** HTTP attempts, retries included. */
  attempts: number;
  /** Attempts answered with a throttling error (absorbed by retries or not). */
  throttles: number;
  /** Calls whose final outcome was an error (expected "not found" answers excluded). */
  errors: number;
  resources: number;
}

/** Fresh zeroed counters for one scan. */
export function newCounters(): ScanCounters {
  return { calls: 0, attempts: 0, throttles: 0, errors: 0, resources: 0 };
}

/** An access key pair (temporary ones carry a session token and an expiry); the SDK's `AwsCredentialIdentity`. */
export interface KeyCredentials {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken?: string;
  readonly expiration?: Date;
}

/** A credential provider as the SDK takes it. */
export type CredentialProvider = () => Promise<KeyCredentials>;

/** Credentials: static keys or an SDK credential provider. */
export type Credentials = KeyCredentials | CredentialProvider;

/** How every client of one account is configured. */
export interface ClientSettings {
  readonly credentials: Credentials;
  /** Explicit endpoint (standard SDK option); when absent the SDK resolves it (AWS_ENDPOINT_URL or AWS's own). */
  readonly endpoint?: string;
  /** Total attempts per call, first included (SDK `maxAttempts`). */
  readonly maxAttempts: number;
  /** SDK retry mode; default `adaptive` (client-side rate limiting on throttling). */
  readonly retryMode?: 'adaptive' | 'standard';
}

interface MiddlewareClient {
  middlewareStack: {
    add(mw: (next: (args: unknown) => Promise<unknown>) => (args: unknown) => Promise<unknown>, options: { step: string; name: string; priority?: string }): void;
  };
}

/** Builds and caches clients; one pool per scan (or per account when credentials differ). */
export class ClientPool {
  private readonly clients = new Map<string, unknown>();

  constructor(
    private readonly counters: ScanCounters,
    private readonly shutdown: (() => void)[] = [],
  ) {}

  /** The client of class `ctor` for this account and region, created on first use. */
  get<C>(ctor: new (config: object) => C, account: string, region: string, settings: ClientSettings): C {
    const key = `${account}|${region}|${ctor.name}`;
    const existing = this.clients.get(key);
    if (existing !== undefined) return existing as C;
    const config: Record<string, unknown> = { region, credentials: settings.credentials, maxAttempts: settings.maxAttempts, retryMode: settings.retryMode ?? 'adaptive' };
    if (settings.endpoint !== undefined) config['endpoint'] = settings.endpoint;
    const client = new ctor(config);
    this.instrument(client as unknown as MiddlewareClient);
    this.clients.set(key, client);
    return client;
  }

  /**
   * Destroys the clients of an account whose scan is over, so an `--org` scan holds the clients of the
   * accounts in flight, not of every account it has seen (memory stays bounded with the organization's size).
   */
  release(account: string): void {
    for (const [key, client] of this.clients) {
      if (!key.startsWith(`${account}|`)) continue;
      this.clients.delete(key);
      destroyClient(client);
    }
  }

  /** Releases every client's sockets (and runs the scan's other disposers). */
  close(): void {
    for (const client of this.clients.values()) destroyClient(client);
    this.clients.clear();
    for (const f of this.shutdown.splice(0)) f();
  }

  // The deserialize step runs once per HTTP attempt (inside the retry middleware), so it sees every retry.
  private instrument(client: MiddlewareClient): void {
    const counters = this.counters;
    client.middlewareStack.add(
      (next) => async (args) => {
        counters.attempts++;
        try {
          return await next(args);
        } catch (err) {
          if (isThrottlingError(err)) counters.throttles++;
          throw err;
        }
      },
      { step: 'deserialize', name: 'cloudwardenAttemptCounter', priority: 'high' },
    );
  }
}

function destroyClient(client: unknown): void {
  const destroy = (client as { destroy?: () => void }).destroy;
  if (typeof destroy === 'function') destroy.call(client);
}
