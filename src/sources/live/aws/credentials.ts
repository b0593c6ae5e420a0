/**
 * Where a scan's credentials come from: the SDK's default provider chain, a named profile, or a role assumed
 * from either (`--role-arn`, and the member-account roles of `--org`). Role sessions are obtained with an
 * explicit STS AssumeRole through a client built like every other (same endpoint configuration and retry),
 * and refreshed before they expire.
 */
import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';
import { fromIni, fromNodeProviderChain } from '@aws-sdk/credential-providers';
import type { CredentialProvider, Credentials, KeyCredentials } from './clients.js';

/** How the base credentials are found. */
export interface CredentialSource {
  /** `--profile`: a profile of the shared config/credentials files. */
  readonly profile?: string;
  /** Static keys (tests, or a caller that resolved them itself); wins over `profile`. */
  readonly keys?: KeyCredentials;
}

/** The base credentials: static keys, a profile, or the SDK's default chain (env, SSO, web identity, IMDS, ...). */
export function baseCredentials(source: CredentialSource): Credentials {
  if (source.keys) return source.keys;
  if (source.profile) return fromIni({ profile: source.profile });
  return fromNodeProviderChain();
}

/** The role to assume and the STS client settings to do it with. */
export interface AssumeRoleOptions {
  readonly roleArn: string;
  readonly externalId?: string;
  readonly sessionName?: string;
  /** Region of the STS endpoint (the scan's home region). */
  readonly region: string;
  readonly endpoint?: string;
  readonly maxAttempts: number;
  /** Seconds; AWS's default of one hour when absent. */
  readonly durationSeconds?: number;
  /** Receives a function that releases the STS client's sockets (called when the scan ends). */
  readonly onDispose?: (dispose: () => void) => void;
}

// Refresh this long before expiry so a long scan never signs with a session that lapses mid-flight.
const REFRESH_MARGIN_MS = 5 * 60_000;

/**
 * A provider that assumes `roleArn` with `source` credentials, caching the session until shortly before it
 * expires. Errors (the trust policy refuses us, a wrong external id) propagate to the caller.
 */
export function assumeRoleProvider(source: Credentials, o: AssumeRoleOptions): CredentialProvider {
  const config: Record<string, unknown> = { region: o.region, credentials: source, maxAttempts: o.maxAttempts, retryMode: 'adaptive' };
  if (o.endpoint !== undefined) config['endpoint'] = o.endpoint;
  const sts = new STSClient(config);
  o.onDispose?.(() => sts.destroy());
  let cached: KeyCredentials | undefined;
  let pending: Promise<KeyCredentials> | undefined;
  const request = async (): Promise<KeyCredentials> => {
    const r = await sts.send(
      new AssumeRoleCommand({
        RoleArn: o.roleArn,
        RoleSessionName: o.sessionName ?? 'cloudwarden',
        ...(o.externalId !== undefined ? { ExternalId: o.externalId } : {}),
        ...(o.durationSeconds !== undefined ? { DurationSeconds: o.durationSeconds } : {}),
      }),
    );
    const c = r.Credentials;
    if (!c?.AccessKeyId || !c.SecretAccessKey) throw new Error(`sts:AssumeRole ${o.roleArn} returned no credentials`);
    return { accessKeyId: c.AccessKeyId, secretAccessKey: c.SecretAccessKey, ...(c.SessionToken ? { sessionToken: c.SessionToken } : {}), ...(c.Expiration ? { expiration: c.Expiration } : {}) };
  };
  return async () => {
    if (cached && (!cached.expiration || cached.expiration.getTime() - Date.now() > REFRESH_MARGIN_MS)) return cached;
    // Concurrent first calls share one AssumeRole request.
    pending ??= request().then(
      (c) => {
        cached = c;
        pending = undefined;
        return c;
      },
      (e: unknown) => {
        pending = undefined;
        throw e;
      },
    );
    return pending;
  };
}
