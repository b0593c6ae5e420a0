/**
 * Account-level IAM resources, emitted once per account whatever the answers: the password policy and the
 * root user. A missing password policy is not "nothing to judge": AWS then applies its built-in default
 * (8 characters, no required character class of its own choosing, no expiry, no reuse prevention, users
 * cannot change their own password unless granted), so the settings are `default` values with that reason
 * and the password-policy rules fail on them. A failed call leaves every value unknown.
 */
import type { IAMClient} from '@aws-sdk/client-iam';
import { GetAccountPasswordPolicyCommand, GetAccountSummaryCommand, ListVirtualMFADevicesCommand } from '@aws-sdk/client-iam';
import type { ApiProvenance, Value } from '../../../../../model/core/index.js';
import type { IamPasswordPolicy, IamPasswordPolicyProperties, IamRootAccount } from '../../../../../model/aws/iam.js';
import { apiUnknown, apiValue, type CallResult, type CollectorContext, liveOrigin, noTags } from '../../collector.js';
import { GET_REPORT, reportTime, type CredentialReport } from './credentials.js';

const NO_POLICY = 'the account has no password policy (GetAccountPasswordPolicy: NoSuchEntity); AWS applies its default';

/** AWS's behaviour without a password policy, setting by setting. */
const AWS_DEFAULTS: { [K in keyof IamPasswordPolicyProperties]: IamPasswordPolicyProperties[K] extends Value<infer T> ? T : never } = {
  minimumLength: 8,
  requireSymbols: false,
  requireNumbers: false,
  requireUppercase: false,
  requireLowercase: false,
  maxPasswordAge: 0,
  passwordReusePrevention: 0,
  allowUsersToChangePassword: false,
};

function resource<T extends string, P>(ctx: CollectorContext, type: T, uid: string, name: string, call: string, source: ApiProvenance, properties: P) {
  return { uid, type, provider: 'aws' as const, account: ctx.account, name, tags: noTags(source), properties, origin: liveOrigin(call), source };
}

export async function collectPasswordPolicy(ctx: CollectorContext, iam: IAMClient): Promise<void> {
  const call = 'iam:GetAccountPasswordPolicy';
  const src = ctx.prov(call);
  const r = await ctx.call(call, () => iam.send(new GetAccountPasswordPolicyCommand({})), { expected: ['NoSuchEntity'] });
  let props: IamPasswordPolicyProperties;
  if (!r.ok) {
    const u = <T>() => apiUnknown<T>(r, src);
    props = { minimumLength: u(), requireSymbols: u(), requireNumbers: u(), requireUppercase: u(), requireLowercase: u(), maxPasswordAge: u(), passwordReusePrevention: u(), allowUsersToChangePassword: u() };
  } else if (r.value?.PasswordPolicy === undefined) {
    const d = <T>(v: T): Value<T> => ({ kind: 'default', value: v, source: src, reason: NO_POLICY });
    props = {
      minimumLength: d(AWS_DEFAULTS.minimumLength), requireSymbols: d(AWS_DEFAULTS.requireSymbols), requireNumbers: d(AWS_DEFAULTS.requireNumbers),
      requireUppercase: d(AWS_DEFAULTS.requireUppercase), requireLowercase: d(AWS_DEFAULTS.requireLowercase), maxPasswordAge: d(AWS_DEFAULTS.maxPasswordAge),
      passwordReusePrevention: d(AWS_DEFAULTS.passwordReusePrevention), allowUsersToChangePassword: d(AWS_DEFAULTS.allowUsersToChangePassword),
    };
  } else {
    const p = r.value.PasswordPolicy;
    // Settings IAM leaves out of a policy (no expiry, no reuse prevention) mean 0 in the model.
    props = {
      minimumLength: apiValue(p.MinimumPasswordLength ?? 6, src),
      requireSymbols: apiValue(p.RequireSymbols ?? false, src),
      requireNumbers: apiValue(p.RequireNumbers ?? false, src),
      requireUppercase: apiValue(p.RequireUppercaseCharacters ?? false, src),
      requireLowercase: apiValue(p.RequireLowercaseCharacters ?? false, src),
      maxPasswordAge: apiValue(p.ExpirePasswords === false ? 0 : (p.MaxPasswordAge ?? 0), src),
      passwordReusePrevention: apiValue(p.PasswordReusePrevention ?? 0, src),
      allowUsersToChangePassword: apiValue(p.AllowUsersToChangePassword ?? false, src),
    };
  }
  const policy: IamPasswordPolicy = resource(ctx, 'aws.iam.password-policy', `arn:aws:iam::${ctx.account}:account-password-policy`, 'account-password-policy', call, src, props);
  ctx.emit(policy);
}

/** The root user, from the account summary, the virtual MFA devices and the credential report. */
export async function collectRoot(ctx: CollectorContext, iam: IAMClient, report: CallResult<CredentialReport>): Promise<void> {
  const sumCall = 'iam:GetAccountSummary';
  const vCall = 'iam:ListVirtualMFADevices';
  const ssrc = ctx.prov(sumCall);
  const vsrc = ctx.prov(vCall);
  const rsrc = ctx.prov(GET_REPORT);
  const [summary, virtual] = await Promise.all([
    ctx.call(sumCall, () => iam.send(new GetAccountSummaryCommand({}))),
    ctx.paginate(vCall, async (m) => {
      const o = await iam.send(new ListVirtualMFADevicesCommand({ AssignmentStatus: 'Assigned', Marker: m }));
      return { items: o.VirtualMFADevices ?? [], next: o.IsTruncated ? o.Marker : undefined };
    }),
  ]);
  const rootArn = `arn:aws:iam::${ctx.account}:root`;
  const row = report.ok ? report.value.get(rootArn) : undefined;
  const map = summary.ok ? (summary.value.SummaryMap ?? {}) : undefined;

  let mfaEnabled: Value<boolean>;
  if (map && map['AccountMFAEnabled'] !== undefined) mfaEnabled = apiValue(map['AccountMFAEnabled'] === 1, ssrc);
  else if (row) mfaEnabled = apiValue(row['mfa_active'] === 'true', rsrc);
  else mfaEnabled = summary.ok ? { kind: 'unresolvable', value: undefined, source: ssrc, reason: `${sumCall} returned no AccountMFAEnabled` } : apiUnknown(summary, ssrc);

  // Hardware MFA is what remains when root has MFA but no virtual device is assigned to it.
  let hardwareMfa: Value<boolean>;
  if (mfaEnabled.kind === 'unresolvable') hardwareMfa = mfaEnabled;
  else if (mfaEnabled.value === false) hardwareMfa = apiValue(false, mfaEnabled.source as ApiProvenance);
  else if (!virtual.ok) hardwareMfa = apiUnknown(virtual, vsrc);
  else hardwareMfa = apiValue(!virtual.value.some((d) => d.User?.Arn === rootArn || (d.SerialNumber ?? '').endsWith(':mfa/root-account-mfa-device')), vsrc);

  let accessKeysPresent: Value<boolean>;
  if (map && map['AccountAccessKeysPresent'] !== undefined) accessKeysPresent = apiValue(map['AccountAccessKeysPresent'] === 1, ssrc);
  else if (row) accessKeysPresent = apiValue(row['access_key_1_active'] === 'true' || row['access_key_2_active'] === 'true', rsrc);
  else accessKeysPresent = summary.ok ? { kind: 'unresolvable', value: undefined, source: ssrc, reason: `${sumCall} returned no AccountAccessKeysPresent` } : apiUnknown(summary, ssrc);

  const passwordLastUsed: Value<string | null> = row ? apiValue(reportTime(row['password_last_used']), rsrc) : report.ok ? { kind: 'unresolvable', value: undefined, source: rsrc, reason: `${GET_REPORT} has no root row` } : apiUnknown(report, rsrc);

  const root: IamRootAccount = resource(ctx, 'aws.iam.root-account', rootArn, 'root', sumCall, ssrc, { mfaEnabled, hardwareMfa, accessKeysPresent, passwordLastUsed });
  ctx.emit(root);
}
