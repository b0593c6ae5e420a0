/**
 * Credentials of IAM users and the root user: the credential report (console passwords and their last use,
 * root's keys and sign-ins) and, per user, ListAccessKeys + GetAccessKeyLastUsed (the report's key columns
 * carry no key ids) and ListMFADevices (the report only says whether one is active, not how many).
 */
import type { IAMClient} from '@aws-sdk/client-iam';
import { GenerateCredentialReportCommand, GetAccessKeyLastUsedCommand, GetCredentialReportCommand, GetLoginProfileCommand, ListAccessKeysCommand, ListMFADevicesCommand } from '@aws-sdk/client-iam';
import type { Value } from '../../../../../model/core/index.js';
import type { AccessKey } from '../../../../../model/aws/iam.js';
import { apiUnknown, apiValue, type CallResult, type CollectorContext } from '../../collector.js';
import { iso } from './util.js';

export type ReportRow = Readonly<Record<string, string>>;
/** Report rows by ARN (the root row under `arn:aws:iam::ACCOUNT:root`). */
export type CredentialReport = ReadonlyMap<string, ReportRow>;

export const GENERATE = 'iam:GenerateCredentialReport';
export const GET_REPORT = 'iam:GetCredentialReport';

/** Generation attempts before giving up (IAM usually completes within seconds); waits double from 250 ms to 2 s. */
const GENERATE_ATTEMPTS = 10;
const FIRST_WAIT_MS = 250;
const MAX_WAIT_MS = 2000;

/** Parses the report's CSV (no quoted fields: IAM's values never contain commas). */
export function parseCredentialReport(csv: string): CredentialReport {
  const lines = csv.split(/\r?\n/).filter((l) => l !== '');
  const header = (lines[0] ?? '').split(',');
  const rows = new Map<string, ReportRow>();
  for (const line of lines.slice(1)) {
    const cells = line.split(',');
    const row: Record<string, string> = {};
    header.forEach((h, i) => (row[h] = cells[i] ?? ''));
    if (row['arn']) rows.set(row['arn'], row);
  }
  return rows;
}

/** A report timestamp as ISO, or null for IAM's "never"/"not applicable" markers. */
export function reportTime(v: string | undefined): string | null {
  if (v === undefined || v === '' || v === 'N/A' || v === 'no_information' || v === 'not_supported') return null;
  const t = Date.parse(v);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

/** Generates (polling until COMPLETE) and reads the credential report. */
export async function readCredentialReport(ctx: CollectorContext, iam: IAMClient): Promise<CallResult<CredentialReport>> {
  for (let i = 0, wait = FIRST_WAIT_MS; ; i++, wait = Math.min(wait * 2, MAX_WAIT_MS)) {
    const g = await ctx.call(GENERATE, () => iam.send(new GenerateCredentialReportCommand({})));
    if (!g.ok) return g;
    if (g.value.State === 'COMPLETE') break;
    if (i + 1 >= GENERATE_ATTEMPTS) return { ok: false, reason: 'Timeout', message: `credential report still ${g.value.State ?? 'in progress'} after ${GENERATE_ATTEMPTS} attempts` };
    await new Promise((r) => setTimeout(r, wait));
  }
  const r = await ctx.call(GET_REPORT, () => iam.send(new GetCredentialReportCommand({})));
  if (!r.ok) return r;
  return { ok: true, value: parseCredentialReport(Buffer.from(r.value.Content ?? new Uint8Array()).toString('utf8')) };
}

export interface UserCredentials {
  readonly hasConsolePassword: Value<boolean>;
  readonly passwordLastUsed: Value<string | null>;
  readonly passwordCreatedAt: Value<string | null>;
  readonly mfaDevices: Value<number>;
  readonly accessKeys: Value<readonly AccessKey[]>;
}

/** Console password facts from the report, or from GetLoginProfile + ListUsers when the report is unavailable. */
async function password(ctx: CollectorContext, iam: IAMClient, userName: string, arn: string, report: CallResult<CredentialReport>, listedLastUse: Value<string | null> | undefined): Promise<Pick<UserCredentials, 'hasConsolePassword' | 'passwordLastUsed' | 'passwordCreatedAt'>> {
  const rsrc = ctx.prov(GET_REPORT);
  const row = report.ok ? report.value.get(arn) : undefined;
  if (row) {
    const enabled = row['password_enabled'] === 'true';
    return {
      hasConsolePassword: apiValue(enabled, rsrc),
      passwordLastUsed: apiValue(enabled ? reportTime(row['password_last_used']) : null, rsrc),
      passwordCreatedAt: apiValue(enabled ? reportTime(row['password_last_changed']) : null, rsrc),
    };
  }
  const lsrc = ctx.prov('iam:GetLoginProfile');
  const lp = await ctx.call('iam:GetLoginProfile', () => iam.send(new GetLoginProfileCommand({ UserName: userName })), { resourceId: arn, expected: ['NoSuchEntity'] });
  const has: Value<boolean> = lp.ok ? apiValue(lp.value !== undefined, lsrc) : apiUnknown(lp, lsrc);
  const reason = report.ok ? `${GET_REPORT} has no row for ${arn}` : `${GET_REPORT} failed: ${report.reason}: ${report.message}`;
  return {
    hasConsolePassword: has,
    passwordLastUsed: listedLastUse ?? { kind: 'unresolvable', value: undefined, source: rsrc, reason },
    passwordCreatedAt: lp.ok ? apiValue(iso(lp.value?.LoginProfile?.CreateDate), lsrc) : apiUnknown(lp, lsrc),
  };
}

/** Access keys (with last use), MFA device count and console password of one user. */
export async function readUserCredentials(ctx: CollectorContext, iam: IAMClient, userName: string, arn: string, report: CallResult<CredentialReport>, listedLastUse?: Value<string | null>): Promise<UserCredentials> {
  const ksrc = ctx.prov('iam:ListAccessKeys');
  const usrc = ctx.prov('iam:GetAccessKeyLastUsed');
  const msrc = ctx.prov('iam:ListMFADevices');
  const [keys, mfa, pw] = await Promise.all([
    ctx.paginate('iam:ListAccessKeys', async (m) => {
      const o = await iam.send(new ListAccessKeysCommand({ UserName: userName, Marker: m }));
      return { items: o.AccessKeyMetadata ?? [], next: o.IsTruncated ? o.Marker : undefined };
    }),
    ctx.paginate('iam:ListMFADevices', async (m) => {
      const o = await iam.send(new ListMFADevicesCommand({ UserName: userName, Marker: m }));
      return { items: o.MFADevices ?? [], next: o.IsTruncated ? o.Marker : undefined };
    }),
    password(ctx, iam, userName, arn, report, listedLastUse),
  ]);
  let accessKeys: Value<readonly AccessKey[]>;
  if (!keys.ok) accessKeys = apiUnknown(keys, ksrc);
  else {
    const list: AccessKey[] = [];
    for (const k of keys.value) {
      const id = k.AccessKeyId ?? '';
      const used = await ctx.call('iam:GetAccessKeyLastUsed', () => iam.send(new GetAccessKeyLastUsedCommand({ AccessKeyId: id })), { resourceId: arn });
      list.push({
        id: apiValue(id, ksrc),
        status: apiValue(k.Status === 'Inactive' ? 'Inactive' : 'Active', ksrc),
        createdAt: apiValue(iso(k.CreateDate), ksrc),
        // A key never used comes back without a date (service and region N/A).
        lastUsedAt: used.ok ? apiValue(iso(used.value.AccessKeyLastUsed?.LastUsedDate), usrc) : apiUnknown(used, usrc),
        source: ksrc,
      });
    }
    accessKeys = apiValue(list, ksrc);
  }
  return { ...pw, mfaDevices: mfa.ok ? apiValue(mfa.value.length, msrc) : apiUnknown(mfa, msrc), accessKeys };
}
