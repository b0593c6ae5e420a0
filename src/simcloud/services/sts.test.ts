import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { STSClient, GetCallerIdentityCommand, AssumeRoleCommand, GetSessionTokenCommand } from '@aws-sdk/client-sts';
import { startSimcloud } from '../testing.js';
import type { RunningSimcloud } from '../testing.js';
import type { WorldInput } from '../world/schema.js';

const MGMT = '111111111111';
const MEMBER = '222222222222';
const trust = (principal: unknown, condition?: unknown) => JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: principal }, Action: 'sts:AssumeRole', ...(condition ? { Condition: condition } : {}) }] });

const world: WorldInput = {
  organization: { id: 'o-abcdefghij', managementAccountId: MGMT },
  accounts: [
    { id: MGMT, name: 'management' },
    {
      id: MEMBER,
      name: 'member',
      services: {
        iam: {
          Roles: [
            { RoleName: 'OrganizationAccountAccessRole', Arn: `arn:aws:iam::${MEMBER}:role/OrganizationAccountAccessRole`, AssumeRolePolicyDocument: trust(`arn:aws:iam::${MGMT}:root`) },
            { RoleName: 'Auditor', Arn: `arn:aws:iam::${MEMBER}:role/Auditor`, AssumeRolePolicyDocument: trust(MGMT, { StringEquals: { 'sts:ExternalId': 'secret-ext' } }) },
            { RoleName: 'OnlyOthers', Arn: `arn:aws:iam::${MEMBER}:role/OnlyOthers`, AssumeRolePolicyDocument: trust('arn:aws:iam::999999999999:root') },
          ],
        },
      },
    },
  ],
  credentials: [{ accessKeyId: 'AKIAROLEDENIED000001', secretAccessKey: 's', accountId: MEMBER, principal: 'role/Auditor', denied: ['sts:GetSessionToken'] }],
};

describe('STS', () => {
  let sim: RunningSimcloud;
  let now = new Date();
  let sts: STSClient;
  before(async () => {
    sim = await startSimcloud(world, { clock: () => now });
    sts = new STSClient({ endpoint: sim.endpoint, region: 'us-east-1', credentials: sim.credentials, maxAttempts: 1 });
  });
  after(() => sim.close());

  it('GetCallerIdentity names the management admin', async () => {
    const r = await sts.send(new GetCallerIdentityCommand({}));
    assert.equal(r.Account, MGMT);
    assert.equal(r.Arn, `arn:aws:iam::${MGMT}:user/simcloud-admin`);
  });

  it('AssumeRole into a member account, then GetCallerIdentity as the assumed role', async () => {
    const r = await sts.send(new AssumeRoleCommand({ RoleArn: `arn:aws:iam::${MEMBER}:role/OrganizationAccountAccessRole`, RoleSessionName: 'scan' }));
    assert.match(r.Credentials!.AccessKeyId!, /^ASIA/);
    assert.ok(r.Credentials!.Expiration instanceof Date);
    const as = new STSClient({ endpoint: sim.endpoint, region: 'us-east-1', credentials: { accessKeyId: r.Credentials!.AccessKeyId!, secretAccessKey: r.Credentials!.SecretAccessKey!, sessionToken: r.Credentials!.SessionToken! }, maxAttempts: 1 });
    const who = await as.send(new GetCallerIdentityCommand({}));
    assert.equal(who.Account, MEMBER);
    assert.equal(who.Arn, `arn:aws:sts::${MEMBER}:assumed-role/OrganizationAccountAccessRole/scan`);
    assert.equal(who.UserId, r.AssumedRoleUser!.AssumedRoleId);
    await assert.rejects(as.send(new GetSessionTokenCommand({})), (e: Error) => e.name === 'AccessDenied');
    const wrongToken = new STSClient({ endpoint: sim.endpoint, region: 'us-east-1', credentials: { accessKeyId: r.Credentials!.AccessKeyId!, secretAccessKey: r.Credentials!.SecretAccessKey!, sessionToken: 'forged' }, maxAttempts: 1 });
    await assert.rejects(wrongToken.send(new GetCallerIdentityCommand({})), (e: Error) => e.name === 'InvalidClientTokenId');
  });

  it('judges trust: principals, ExternalId, missing roles', async () => {
    const assume = (RoleName: string, ExternalId?: string) => sts.send(new AssumeRoleCommand({ RoleArn: `arn:aws:iam::${MEMBER}:role/${RoleName}`, RoleSessionName: 's1', ExternalId }));
    await assert.rejects(assume('OnlyOthers'), (e: Error & { $metadata: { httpStatusCode: number } }) => e.name === 'AccessDenied' && e.$metadata.httpStatusCode === 403);
    await assert.rejects(assume('Missing'), (e: Error) => e.name === 'AccessDenied');
    await assert.rejects(assume('Auditor'), (e: Error) => e.name === 'AccessDenied');
    await assert.rejects(assume('Auditor', 'wrong'), (e: Error) => e.name === 'AccessDenied');
    const ok = await assume('Auditor', 'secret-ext');
    assert.equal(ok.AssumedRoleUser?.Arn, `arn:aws:sts::${MEMBER}:assumed-role/Auditor/s1`);
    // The session inherits the denied actions the world gives the role.
    const c = ok.Credentials!;
    const as = new STSClient({ endpoint: sim.endpoint, region: 'us-east-1', credentials: { accessKeyId: c.AccessKeyId!, secretAccessKey: c.SecretAccessKey!, sessionToken: c.SessionToken! }, maxAttempts: 1 });
    await assert.rejects(as.send(new GetSessionTokenCommand({})), (e: Error & { $metadata: { httpStatusCode: number } }) => e.name === 'AccessDenied' && /not authorized to perform: sts:GetSessionToken/.test(e.message));
    await assert.rejects(sts.send(new AssumeRoleCommand({ RoleArn: 'not-an-arn', RoleSessionName: 's1' })), (e: Error) => e.name === 'ValidationError');
    await assert.rejects(assume('OrganizationAccountAccessRole'.slice(0, 0) || 'Auditor', 'secret-ext').then(() => sts.send(new AssumeRoleCommand({ RoleArn: `arn:aws:iam::${MEMBER}:role/Auditor`, RoleSessionName: 's1', ExternalId: 'secret-ext', DurationSeconds: 60 }))), (e: Error) => e.name === 'ValidationError');
  });

  it('GetSessionToken issues credentials; expired sessions answer ExpiredToken', async () => {
    const r = await sts.send(new GetSessionTokenCommand({ DurationSeconds: 900 }));
    const c = r.Credentials!;
    const as = new STSClient({ endpoint: sim.endpoint, region: 'us-east-1', credentials: { accessKeyId: c.AccessKeyId!, secretAccessKey: c.SecretAccessKey!, sessionToken: c.SessionToken! }, maxAttempts: 1 });
    assert.equal((await as.send(new GetCallerIdentityCommand({}))).Arn, `arn:aws:iam::${MGMT}:user/simcloud-admin`);
    now = new Date(Date.now() + 901_000);
    try {
      await assert.rejects(as.send(new GetCallerIdentityCommand({})), (e: Error & { $metadata: { httpStatusCode: number } }) => e.name === 'ExpiredToken' && e.$metadata.httpStatusCode === 403);
    } finally {
      now = new Date();
    }
  });
});
