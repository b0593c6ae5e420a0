import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  GenerateCredentialReportCommand, GetAccountPasswordPolicyCommand, GetAccountSummaryCommand, GetCredentialReportCommand, GetLoginProfileCommand, GetPolicyCommand,
  GetPolicyVersionCommand, GetRoleCommand, GetRolePolicyCommand, GetUserPolicyCommand, IAMClient, ListAttachedGroupPoliciesCommand, ListGroupsForUserCommand,
  ListInstanceProfilesCommand, ListOpenIDConnectProvidersCommand, ListPoliciesCommand, ListPolicyVersionsCommand, ListSAMLProvidersCommand, ListUsersCommand,
  ListVirtualMFADevicesCommand, GetAccessKeyLastUsedCommand, ListServerCertificatesCommand, GenerateServiceLastAccessedDetailsCommand,
  GetServiceLastAccessedDetailsCommand,
} from '@aws-sdk/client-iam';
import { startSimcloud, type RunningSimcloud } from '../../testing.js';
import { defaultCredentialFor } from '../../world/load.js';
import { A, B, C, FILLERS, ago, iamWorld } from './test-world.js';

const NOW = new Date('2026-06-01T12:00:00Z');

describe('simcloud IAM through the AWS SDK', () => {
  let sim: RunningSimcloud;
  const client = (account: string) => {
    const c = defaultCredentialFor(account);
    return new IAMClient({ endpoint: sim.endpoint, region: 'us-east-1', maxAttempts: 1, credentials: { accessKeyId: c.accessKeyId, secretAccessKey: c.secretAccessKey } });
  };
  const code = async (p: Promise<unknown>) => {
    try {
      await p;
      return 'no error';
    } catch (e) {
      return `${(e as { name: string }).name} ${(e as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode ?? ''}`;
    }
  };
  before(async () => {
    sim = await startSimcloud(iamWorld(NOW));
  });
  after(() => sim.close());

  it('pages ListUsers with Marker/MaxItems/IsTruncated and rejects bad markers and sizes', async () => {
    const iam = client(A);
    const first = await iam.send(new ListUsersCommand({ MaxItems: 100 }));
    assert.equal(first.Users?.length, 100);
    assert.equal(first.IsTruncated, true);
    const second = await iam.send(new ListUsersCommand({ MaxItems: 100, Marker: first.Marker }));
    assert.equal(second.Users?.length, 5 + FILLERS - 100);
    assert.equal(second.IsTruncated, false);
    assert.equal(second.Marker, undefined);
    assert.equal(first.Users?.[0]?.UserName, 'alice');
    assert.ok(first.Users?.[0]?.CreateDate instanceof Date);
    assert.match(first.Users?.[0]?.UserId ?? '', /^AIDA[A-Z2-7]{17}$/);
    const svc = await iam.send(new ListUsersCommand({ PathPrefix: '/svc/', MaxItems: 1000 }));
    assert.equal(svc.Users?.length, FILLERS);
    assert.equal(await code(iam.send(new ListUsersCommand({ Marker: 'forged' }))), 'InvalidInputException 400');
    assert.equal(await code(iam.send(new ListUsersCommand({ MaxItems: 1001 }))), 'ValidationError 400');
  });

  it('returns URL-encoded policy documents and the versions of managed policies', async () => {
    const iam = client(A);
    const inline = await iam.send(new GetUserPolicyCommand({ UserName: 'erin', PolicyName: 'god-mode' }));
    assert.match(inline.PolicyDocument ?? '', /^%7B%22Version%22/);
    assert.deepEqual(JSON.parse(decodeURIComponent(inline.PolicyDocument ?? '')).Statement[0], { Effect: 'Allow', Action: '*', Resource: '*' });
    const role = await iam.send(new GetRoleCommand({ RoleName: 'open-role' }));
    assert.equal(role.Role?.MaxSessionDuration, 7200);
    assert.ok(role.Role?.RoleLastUsed?.LastUsedDate instanceof Date);
    assert.equal(JSON.parse(decodeURIComponent(role.Role?.AssumeRolePolicyDocument ?? '')).Statement[0].Principal.AWS, '*');
    assert.equal(await code(iam.send(new GetRolePolicyCommand({ RoleName: 'open-role', PolicyName: 'nope' }))), 'NoSuchEntityException 404');
    const arn = `arn:aws:iam::${A}:policy/app`;
    const p = await iam.send(new GetPolicyCommand({ PolicyArn: arn }));
    assert.equal(p.Policy?.DefaultVersionId, 'v2');
    assert.equal(p.Policy?.AttachmentCount, 1);
    const versions = await iam.send(new ListPolicyVersionsCommand({ PolicyArn: arn }));
    assert.deepEqual(versions.Versions?.map((v) => [v.VersionId, v.IsDefaultVersion]), [['v2', true], ['v1', false]]);
    const v1 = await iam.send(new GetPolicyVersionCommand({ PolicyArn: arn, VersionId: 'v1' }));
    assert.equal(JSON.parse(decodeURIComponent(v1.PolicyVersion?.Document ?? '')).Statement[0].Action, '*');
    const admins = await iam.send(new ListAttachedGroupPoliciesCommand({ GroupName: 'readers' }));
    assert.deepEqual(admins.AttachedPolicies, [{ PolicyName: 'ReadOnlyAccess', PolicyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' }]);
    const groups = await iam.send(new ListGroupsForUserCommand({ UserName: 'alice' }));
    assert.deepEqual(groups.Groups?.map((g) => g.Arn), [`arn:aws:iam::${A}:group/admins`]);
  });

  it('filters ListPolicies by scope and attachment', async () => {
    const iam = client(A);
    const aws = await iam.send(new ListPoliciesCommand({ Scope: 'AWS' }));
    assert.deepEqual(aws.Policies?.map((p) => p.PolicyName), ['AdministratorAccess', 'PowerUserAccess', 'ReadOnlyAccess', 'AWSSupportAccess', 'AWSCloudShellFullAccess']);
    const attached = await iam.send(new ListPoliciesCommand({ Scope: 'AWS', OnlyAttached: true }));
    assert.deepEqual(attached.Policies?.map((p) => [p.PolicyName, p.AttachmentCount]), [['AdministratorAccess', 2], ['ReadOnlyAccess', 1]]);
    const local = await iam.send(new ListPoliciesCommand({ Scope: 'Local', MaxItems: 1000 }));
    assert.equal(local.Policies?.length, 3 + FILLERS);
    const all = await iam.send(new ListPoliciesCommand({}));
    assert.equal(all.Policies?.length, 100);
    assert.equal(all.IsTruncated, true);
  });

  it('answers NoSuchEntity for a missing login profile and password policy', async () => {
    assert.equal(await code(client(A).send(new GetLoginProfileCommand({ UserName: 'carol' }))), 'NoSuchEntityException 404');
    const lp = await client(A).send(new GetLoginProfileCommand({ UserName: 'bob' }));
    assert.equal(lp.LoginProfile?.UserName, 'bob');
    assert.equal(await code(client(B).send(new GetAccountPasswordPolicyCommand({}))), 'NoSuchEntityException 404');
    const pp = await client(A).send(new GetAccountPasswordPolicyCommand({}));
    assert.equal(pp.PasswordPolicy?.MinimumPasswordLength, 14);
    assert.equal(pp.PasswordPolicy?.ExpirePasswords, true);
  });

  it('summarizes the account and lists root and user virtual MFA devices', async () => {
    const a = await client(A).send(new GetAccountSummaryCommand({}));
    assert.equal(a.SummaryMap?.['Users'], 5 + FILLERS);
    assert.equal(a.SummaryMap?.['AccountMFAEnabled'], 1);
    assert.equal(a.SummaryMap?.['AccountAccessKeysPresent'], 0);
    const b = await client(B).send(new GetAccountSummaryCommand({}));
    assert.deepEqual([b.SummaryMap?.['AccountMFAEnabled'], b.SummaryMap?.['AccountAccessKeysPresent']], [0, 1]);
    const va = await client(A).send(new ListVirtualMFADevicesCommand({}));
    assert.deepEqual(va.VirtualMFADevices?.map((d) => d.SerialNumber), [`arn:aws:iam::${A}:mfa/alice`], 'hardware devices (root, carol) are not virtual');
    const vc = await client(C).send(new ListVirtualMFADevicesCommand({ AssignmentStatus: 'Assigned' }));
    assert.equal(vc.VirtualMFADevices?.[0]?.User?.Arn, `arn:aws:iam::${C}:root`);
  });

  it('generates the credential report (STARTED, then COMPLETE) and serves it as CSV', async () => {
    const iam = client(B);
    assert.equal(await code(iam.send(new GetCredentialReportCommand({}))), 'CredentialReportNotPresentException 410');
    assert.equal((await iam.send(new GenerateCredentialReportCommand({}))).State, 'STARTED');
    assert.equal((await iam.send(new GenerateCredentialReportCommand({}))).State, 'COMPLETE');
    const r = await iam.send(new GetCredentialReportCommand({}));
    assert.equal(r.ReportFormat, 'text/csv');
    const lines = Buffer.from(r.Content ?? new Uint8Array()).toString('utf8').split('\n');
    assert.equal(lines.length, 3);
    assert.match(lines[0]!, /^user,arn,user_creation_time,password_enabled,password_last_used,/);
    const root = lines[1]!.split(',');
    assert.deepEqual([root[0], root[3], root[7], root[8]], ['<root_account>', 'not_supported', 'false', 'true']);
    const old = lines[2]!.split(',');
    assert.deepEqual([old[0], old[3], old[4]], ['old', 'true', 'no_information']);
  });

  it('lists instance profiles, identity providers and key last use', async () => {
    const iam = client(A);
    const ips = await iam.send(new ListInstanceProfilesCommand({}));
    assert.equal(ips.InstanceProfiles?.[0]?.Arn, `arn:aws:iam::${A}:instance-profile/web`);
    assert.equal(ips.InstanceProfiles?.[0]?.Roles?.[0]?.RoleName, 'web');
    assert.equal((await iam.send(new ListSAMLProvidersCommand({}))).SAMLProviderList?.[0]?.Arn, `arn:aws:iam::${A}:saml-provider/okta`);
    assert.equal((await iam.send(new ListOpenIDConnectProvidersCommand({}))).OpenIDConnectProviderList?.length, 1);
    const never = await iam.send(new GetAccessKeyLastUsedCommand({ AccessKeyId: 'AKIADAVE000000000001' }));
    assert.deepEqual([never.UserName, never.AccessKeyLastUsed?.ServiceName, never.AccessKeyLastUsed?.LastUsedDate], ['dave', 'N/A', undefined]);
  });

  it('lists server certificates and answers service last-accessed jobs from the principal\'s policies', async () => {
    const iam = client(A);
    const certs = await iam.send(new ListServerCertificatesCommand({}));
    assert.deepEqual(certs.ServerCertificateMetadataList?.map((c) => [c.ServerCertificateName, c.Arn, c.Expiration?.toISOString()]), [['legacy-tls', `arn:aws:iam::${A}:server-certificate/legacy-tls`, ago(NOW, 35)]]);
    const { JobId } = await iam.send(new GenerateServiceLastAccessedDetailsCommand({ Arn: `arn:aws:iam::${A}:role/app/web` }));
    const job = await iam.send(new GetServiceLastAccessedDetailsCommand({ JobId }));
    assert.equal(job.JobStatus, 'COMPLETED');
    // s3 comes from the attached policy and carries the role's last use; kms is declared unused by the world.
    assert.deepEqual(job.ServicesLastAccessed?.map((x) => [x.ServiceNamespace, x.LastAuthenticated?.toISOString()]), [['kms', undefined], ['s3', ago(NOW, 2)]]);
    assert.equal(await code(iam.send(new GetServiceLastAccessedDetailsCommand({ JobId: 'no-such-job' }))), 'NoSuchEntityException 404');
    assert.equal(await code(iam.send(new GenerateServiceLastAccessedDetailsCommand({ Arn: `arn:aws:iam::${A}:role/missing` }))), 'NoSuchEntityException 404');
  });
});
