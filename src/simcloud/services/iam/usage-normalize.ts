/**
 * Normalisation of the IAM usage data a world file declares (server certificates, service last-accessed
 * lists). Kept apart from the handlers in usage.ts, which read the normalised state, so that normalisation
 * does not depend on the state module that calls it.
 */
import { iamId } from './ids.js';
import type { ServerCertificateState, ServiceLastAccessedState } from './types.js';

type Raw = Record<string, unknown>;
const list = (v: unknown): Raw[] => (Array.isArray(v) ? (v as Raw[]) : []);
const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : v instanceof Date ? v.toISOString() : undefined);

export function normalizeServerCertificate(c: Raw, account: string): ServerCertificateState {
  const name = text(c['ServerCertificateName']) ?? 'certificate';
  const path = text(c['Path']) ?? '/';
  const arn = text(c['Arn']) ?? `arn:aws:iam::${account}:server-certificate${path}${name}`;
  const uploaded = text(c['UploadDate']) ?? '2024-01-01T00:00:00Z';
  return { ServerCertificateName: name, ServerCertificateId: text(c['ServerCertificateId']) ?? iamId('ASCA', arn), Arn: arn, Path: path, UploadDate: uploaded, Expiration: text(c['Expiration']) ?? '2030-01-01T00:00:00Z' };
}

/** A world's `ServiceLastAccessed` list, when it declares one. */
export function normalizeLastAccessed(v: unknown): { ServiceLastAccessed?: ServiceLastAccessedState[] } {
  if (!Array.isArray(v)) return {};
  return {
    ServiceLastAccessed: list(v).map((e) => {
      const at = text(e['LastAuthenticated']);
      return { ServiceNamespace: text(e['ServiceNamespace']) ?? 'unknown', ...(at ? { LastAuthenticated: at } : {}) };
    }),
  };
}

