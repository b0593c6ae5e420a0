/**
 * S3 clients a scan needs beyond the context's home-region client.
 *
 * - Regional S3 clients: each bucket is read through its own region's endpoint (as S3 requires; another
 *   region answers 301 PermanentRedirect). The context builds clients for its own region only, so a
 *   subclass per region fixes `region` in the config the pool passes; the pool then caches it like any
 *   client (its key includes the class name). `followRegionRedirects` stays on as a safety net for a bucket
 *   whose region changed between ListBuckets and the reads (the SDK re-signs for `x-amz-bucket-region`).
 * - S3 Control: the SDK puts the account id in the host (`{AccountId}.{endpoint host}`). For a custom
 *   endpoint whose host is an IP address or `localhost` (simcloud, local emulators) that is not a valid
 *   URL, so the label is left out there (`allowLocalControlEndpoint`); `x-amz-account-id` still names the
 *   account. Real AWS endpoints are untouched.
 */
import { S3Client } from '@aws-sdk/client-s3';
import { S3ControlClient } from '@aws-sdk/client-s3-control';
import { isIP } from 'node:net';
import type { CollectorContext } from '../../collector.js';

type S3Ctor = new (config: object) => S3Client;

/** A factory of per-region S3 clients for one collector run. */
export function regionalS3(ctx: CollectorContext): (region: string) => S3Client {
  const ctors = new Map<string, S3Ctor>();
  return (region) => {
    let C = ctors.get(region);
    if (!C) {
      C = class extends S3Client {
        constructor(config: object) {
          super({ ...config, region, followRegionRedirects: true });
        }
      };
      Object.defineProperty(C, 'name', { value: `S3Client@${region}` });
      ctors.set(region, C);
    }
    return ctx.client(C);
  };
}

/** Whether a host is an IP address or `localhost`, where an account-id label cannot be prepended. */
export function isLocalHost(hostname: string): boolean {
  const bare = hostname.replace(/^\[|\]$/g, '');
  return isIP(bare) !== 0 || bare === 'localhost';
}

type EndpointProvider = (params: Record<string, unknown>, context?: object) => { url: URL } & Record<string, unknown>;

const PLACEHOLDER = 'local-endpoint.invalid';
const patched = new WeakSet<object>();

/**
 * Makes an S3 Control client work against a custom IP/localhost endpoint. The SDK's endpoint rules build
 * `{scheme}://{AccountId}.{host}`, which for `127.0.0.1` is not even a valid URL; so the rules run on a
 * placeholder host (keeping everything else they decide: path, signing name and region), and the real host
 * goes back in without the account label. Any other endpoint goes through the rules untouched.
 */
export function allowLocalControlEndpoint(client: S3ControlClient): S3ControlClient {
  if (patched.has(client)) return client;
  patched.add(client);
  const config = client.config as unknown as { endpointProvider: EndpointProvider };
  const original = config.endpointProvider;
  config.endpointProvider = (params, context) => {
    const custom = typeof params['Endpoint'] === 'string' ? new URL(params['Endpoint']) : undefined;
    if (!custom || !isLocalHost(custom.hostname)) return original(params, context);
    const out = original({ ...params, Endpoint: `${custom.protocol}//${PLACEHOLDER}${custom.pathname}` }, context);
    const url = new URL(out.url.href);
    if (url.hostname === PLACEHOLDER || url.hostname.endsWith(`.${PLACEHOLDER}`)) url.host = custom.host;
    return { ...out, url };
  };
  return client;
}

/** The context's S3 Control client, usable with local endpoints too. */
export function s3Control(ctx: CollectorContext): S3ControlClient {
  return allowLocalControlEndpoint(ctx.client(S3ControlClient));
}
