/**
 * The IAM credential report: a CSV with one row for the root user and one per IAM user, in the columns and
 * value conventions IAM documents (`N/A`, `no_information`, `not_supported`, ISO 8601 times with `+00:00`).
 * Generation completes at once in simcloud; GenerateCredentialReport still answers STARTED the first time so
 * clients exercise their polling.
 */
import type { OperationHandler } from '../../service.js';
import { SimError } from '../../service.js';
import { iamSection } from './state.js';
import type { IamSection, UserState } from './state.js';

const COLUMNS = [
  'user', 'arn', 'user_creation_time', 'password_enabled', 'password_last_used', 'password_last_changed', 'password_next_rotation', 'mfa_active',
  'access_key_1_active', 'access_key_1_last_rotated', 'access_key_1_last_used_date', 'access_key_1_last_used_region', 'access_key_1_last_used_service',
  'access_key_2_active', 'access_key_2_last_rotated', 'access_key_2_last_used_date', 'access_key_2_last_used_region', 'access_key_2_last_used_service',
  'cert_1_active', 'cert_1_last_rotated', 'cert_2_active', 'cert_2_last_rotated',
];

/** Reports older than this are expired (IAM keeps them four hours). */
const REPORT_TTL_MS = 4 * 3600_000;

function t(iso: string | undefined): string {
  if (!iso) return 'N/A';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? 'N/A' : d.toISOString().replace(/\.\d{3}Z$/, '+00:00');
}

type KeyCols = [string, string, string, string, string];

function keyCols(k: { Status: string; CreateDate: string; LastUsed?: { LastUsedDate: string; ServiceName: string; Region: string } } | undefined): KeyCols {
  if (!k) return ['false', 'N/A', 'N/A', 'N/A', 'N/A'];
  return [String(k.Status === 'Active'), t(k.CreateDate), t(k.LastUsed?.LastUsedDate), k.LastUsed?.Region ?? 'N/A', k.LastUsed?.ServiceName ?? 'N/A'];
}

function userRow(s: IamSection, u: UserState): string[] {
  const pw = u.LoginProfile;
  const maxAge = s.PasswordPolicy?.MaxPasswordAge;
  const next = pw && maxAge ? t(new Date(Date.parse(pw.CreateDate) + maxAge * 86_400_000).toISOString()) : 'N/A';
  const keys = [...u.AccessKeys].sort((a, b) => a.CreateDate.localeCompare(b.CreateDate));
  return [
    u.UserName, u.Arn, t(u.CreateDate), String(pw !== null),
    pw ? (u.PasswordLastUsed ? t(u.PasswordLastUsed) : 'no_information') : 'N/A',
    pw ? t(pw.CreateDate) : 'N/A', next, String(u.MFADevices.length > 0),
    ...keyCols(keys[0]), ...keyCols(keys[1]),
    'false', 'N/A', 'false', 'N/A',
  ];
}

/** The report's CSV text for the account's current state. */
export function credentialReportCsv(s: IamSection, account: string): string {
  const r = s.Root;
  const rootRow = [
    '<root_account>', `arn:aws:iam::${account}:root`, t(r.CreateDate), 'not_supported', r.PasswordLastUsed ? t(r.PasswordLastUsed) : 'no_information',
    'not_supported', 'not_supported', String(r.MFA !== 'none'), ...keyCols(r.AccessKeys[0]), ...keyCols(r.AccessKeys[1]), 'false', 'N/A', 'false', 'N/A',
  ];
  return [COLUMNS, rootRow, ...s.Users.map((u) => userRow(s, u))].map((row) => row.join(',')).join('\n');
}

export const reportOperations: Record<string, OperationHandler> = {
  GenerateCredentialReport: (_input, ctx) => {
    const s = iamSection(ctx.account);
    const at = s.CredentialReportGeneratedTime;
    if (at && Date.now() - Date.parse(at) < REPORT_TTL_MS) return { State: 'COMPLETE' };
    s.CredentialReportGeneratedTime = new Date().toISOString();
    return { State: 'STARTED', Description: 'No report exists. Starting a new report generation task' };
  },
  GetCredentialReport: (_input, ctx) => {
    const s = iamSection(ctx.account);
    const at = s.CredentialReportGeneratedTime;
    if (!at) throw new SimError('ReportNotPresent', 'Received a request to retrieve the credential report but it has not been generated. Call GenerateCredentialReport first.', 410);
    if (Date.now() - Date.parse(at) >= REPORT_TTL_MS) throw new SimError('ReportExpired', 'The credential report has expired. Call GenerateCredentialReport to generate a new one.', 410);
    // Content is a blob: the XML carries it base64-encoded.
    return { Content: Buffer.from(credentialReportCsv(s, ctx.account.id), 'utf8'), ReportFormat: 'text/csv', GeneratedTime: at };
  },
};
