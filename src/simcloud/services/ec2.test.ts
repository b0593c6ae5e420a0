import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  AuthorizeSecurityGroupIngressCommand, DescribeImageAttributeCommand, DescribeInstanceAttributeCommand, DescribeInstancesCommand, DescribeRegionsCommand,
  DescribeSecurityGroupRulesCommand, DescribeSecurityGroupsCommand, DescribeSnapshotsCommand, DescribeSnapshotAttributeCommand,
  DisableEbsEncryptionByDefaultCommand, EC2Client, EnableEbsEncryptionByDefaultCommand, GetEbsEncryptionByDefaultCommand,
  RevokeSecurityGroupIngressCommand, paginateDescribeInstances, DescribeVpcsCommand, DescribeLaunchTemplateVersionsCommand,
} from '@aws-sdk/client-ec2';
import { startSimcloud, type RunningSimcloud } from '../testing.js';
import { ACCOUNT, FILLER, OPT_IN_REGION, OTHER_REGION, REGION, ec2TestWorld } from './ec2/test-world.js';

describe('simcloud ec2 through @aws-sdk/client-ec2', () => {
  let sim: RunningSimcloud;
  let ec2: EC2Client;
  before(async () => {
    sim = await startSimcloud(ec2TestWorld());
    ec2 = new EC2Client({ region: REGION, endpoint: sim.endpoint, credentials: sim.credentials });
  });
  after(async () => {
    ec2.destroy();
    await sim.close();
  });

  it('DescribeRegions lists enabled regions, and with AllRegions the opt-in status of each', async () => {
    const enabled = await ec2.send(new DescribeRegionsCommand({}));
    assert.deepEqual(enabled.Regions?.map((r) => r.RegionName).sort(), [REGION, OTHER_REGION].sort());
    const all = await ec2.send(new DescribeRegionsCommand({ AllRegions: true }));
    const status = Object.fromEntries((all.Regions ?? []).map((r) => [r.RegionName, r.OptInStatus]));
    assert.deepEqual(status, { [OTHER_REGION]: 'opt-in-not-required', [REGION]: 'opt-in-not-required', [OPT_IN_REGION]: 'not-opted-in' });
    assert.equal(all.Regions?.find((r) => r.RegionName === REGION)?.Endpoint, `ec2.${REGION}.amazonaws.com`);
  });

  it('DescribeInstances pages with MaxResults/NextToken and decodes the instance shape', async () => {
    let pages = 0;
    const ids: string[] = [];
    for await (const p of paginateDescribeInstances({ client: ec2, pageSize: 50 }, {})) {
      pages++;
      for (const r of p.Reservations ?? []) for (const i of r.Instances ?? []) ids.push(i.InstanceId!);
    }
    assert.equal(pages, Math.ceil((FILLER + 3) / 50));
    assert.equal(ids.length, FILLER + 3);
    assert.equal(new Set(ids).size, ids.length);
    const one = await ec2.send(new DescribeInstancesCommand({ InstanceIds: ['i-imdsv1'] }));
    const i = one.Reservations?.[0]?.Instances?.[0];
    assert.equal(one.Reservations?.[0]?.OwnerId, ACCOUNT);
    assert.equal(i?.PublicIpAddress, '54.1.2.3');
    assert.equal(i?.MetadataOptions?.HttpTokens, 'optional');
    assert.deepEqual(i?.SecurityGroups?.map((g) => g.GroupId), ['sg-ssh', 'sg-web']);
    assert.equal(i?.IamInstanceProfile?.Arn, `arn:aws:iam::${ACCOUNT}:instance-profile/web`);
    assert.equal(i?.BlockDeviceMappings?.[0]?.Ebs?.VolumeId, 'vol-unenc');
    assert.equal(i?.State?.Name, 'running');
    assert.equal(i?.LaunchTime?.toISOString(), '2026-01-02T03:04:05.000Z');
    assert.equal(i?.Tags?.[0]?.Value, 'web-1');
    assert.equal((i as Record<string, unknown>).UserData, undefined, 'user data is an attribute, not part of DescribeInstances');
    await assert.rejects(ec2.send(new DescribeInstancesCommand({ InstanceIds: ['i-nope'] })), (e: Error) => e.name === 'InvalidInstanceID.NotFound');
    await assert.rejects(ec2.send(new DescribeInstancesCommand({ MaxResults: 2 })), (e: Error) => e.name === 'InvalidParameterValue');
  });

  it('filters: vpc-id, owner-id, tag:Name and Owners=self', async () => {
    const vpcB = await ec2.send(new DescribeSecurityGroupsCommand({ Filters: [{ Name: 'vpc-id', Values: ['vpc-a'] }] }));
    assert.deepEqual(vpcB.SecurityGroups?.map((g) => g.GroupId).sort(), ['sg-default', 'sg-rdp', 'sg-ssh', 'sg-web']);
    const tagged = await ec2.send(new DescribeVpcsCommand({ Filters: [{ Name: 'tag:Name', Values: ['pro*'] }] }));
    assert.deepEqual(tagged.Vpcs?.map((v) => v.VpcId), ['vpc-b']);
    const mine = await ec2.send(new DescribeSnapshotsCommand({ OwnerIds: ['self'] }));
    assert.deepEqual(mine.Snapshots?.map((s) => s.SnapshotId).sort(), ['snap-public', 'snap-shared']);
    const byOwner = await ec2.send(new DescribeSnapshotsCommand({ Filters: [{ Name: 'owner-id', Values: ['999999999999'] }] }));
    assert.deepEqual(byOwner.Snapshots?.map((s) => s.SnapshotId), ['snap-foreign']);
    await assert.rejects(ec2.send(new DescribeVpcsCommand({ Filters: [{ Name: 'no-such-filter', Values: ['x'] }] })), (e: Error) => e.name === 'InvalidParameterValue');
  });

  it('attributes: userData, createVolumePermission, launchPermission, launch template versions', async () => {
    const ud = await ec2.send(new DescribeInstanceAttributeCommand({ InstanceId: 'i-imdsv1', Attribute: 'userData' }));
    assert.match(Buffer.from(ud.UserData?.Value ?? '', 'base64').toString('utf8'), /AWS_ACCESS_KEY_ID/);
    const none = await ec2.send(new DescribeInstanceAttributeCommand({ InstanceId: 'i-imdsv2', Attribute: 'userData' }));
    assert.equal(none.UserData?.Value, undefined);
    const snap = await ec2.send(new DescribeSnapshotAttributeCommand({ SnapshotId: 'snap-public', Attribute: 'createVolumePermission' }));
    assert.deepEqual(snap.CreateVolumePermissions, [{ Group: 'all' }]);
    const img = await ec2.send(new DescribeImageAttributeCommand({ ImageId: 'ami-private', Attribute: 'launchPermission' }));
    assert.deepEqual(img.LaunchPermissions, [{ UserId: '222222222222' }]);
    const v = await ec2.send(new DescribeLaunchTemplateVersionsCommand({ LaunchTemplateId: 'lt-v2', Versions: ['$Latest'] }));
    assert.equal(v.LaunchTemplateVersions?.[0]?.LaunchTemplateData?.MetadataOptions?.HttpTokens, 'required');
    assert.equal(v.LaunchTemplateVersions?.[0]?.VersionNumber, 1);
  });

  it('RevokeSecurityGroupIngress by IpPermissions and by rule id changes the world; Authorize adds back', async () => {
    const before = await ec2.send(new DescribeSecurityGroupRulesCommand({ Filters: [{ Name: 'group-id', Values: ['sg-rdp'] }] }));
    const v6 = before.SecurityGroupRules?.find((r) => r.CidrIpv6 === '::/0' && !r.IsEgress);
    assert.ok(v6?.SecurityGroupRuleId?.startsWith('sgr-'));
    assert.equal(before.SecurityGroupRules?.length, 2);

    const r1 = await ec2.send(new RevokeSecurityGroupIngressCommand({ GroupId: 'sg-ssh', IpPermissions: [{ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: '0.0.0.0/0' }] }] }));
    assert.equal(r1.Return, true);
    assert.equal(r1.RevokedSecurityGroupRules?.[0]?.CidrIpv4, '0.0.0.0/0');
    const ssh = await ec2.send(new DescribeSecurityGroupsCommand({ GroupIds: ['sg-ssh'] }));
    assert.deepEqual(ssh.SecurityGroups?.[0]?.IpPermissions, []);
    await assert.rejects(ec2.send(new RevokeSecurityGroupIngressCommand({ GroupId: 'sg-ssh', IpPermissions: [{ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: '0.0.0.0/0' }] }] })), (e: Error) => e.name === 'InvalidPermission.NotFound');

    await ec2.send(new RevokeSecurityGroupIngressCommand({ GroupId: 'sg-rdp', SecurityGroupRuleIds: [v6!.SecurityGroupRuleId!] }));
    const rdp = (await ec2.send(new DescribeSecurityGroupsCommand({ GroupIds: ['sg-rdp'] }))).SecurityGroups?.[0];
    assert.deepEqual(rdp?.IpPermissions?.[0]?.IpRanges, [{ CidrIp: '0.0.0.0/0' }]);
    assert.deepEqual(rdp?.IpPermissions?.[0]?.Ipv6Ranges ?? [], []);
    const stored = sim.world.accounts.get(ACCOUNT)?.regions[REGION]?.ec2 as { SecurityGroups: { GroupId: string; IpPermissions: unknown[] }[] };
    assert.deepEqual(stored.SecurityGroups.find((g) => g.GroupId === 'sg-ssh')?.IpPermissions, [], 'the world itself changed');

    const added = await ec2.send(new AuthorizeSecurityGroupIngressCommand({ GroupId: 'sg-ssh', IpPermissions: [{ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: '0.0.0.0/0', Description: 'back' }] }] }));
    assert.equal(added.SecurityGroupRules?.[0]?.CidrIpv4, '0.0.0.0/0');
    await assert.rejects(ec2.send(new AuthorizeSecurityGroupIngressCommand({ GroupId: 'sg-ssh', IpPermissions: [{ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: '0.0.0.0/0' }] }] })), (e: Error) => e.name === 'InvalidPermission.Duplicate');
    await assert.rejects(ec2.send(new RevokeSecurityGroupIngressCommand({ GroupId: 'sg-nope', IpPermissions: [] })), (e: Error) => e.name === 'InvalidGroup.NotFound');
  });

  it('EBS encryption by default: Get, Enable, Disable, per region', async () => {
    assert.equal((await ec2.send(new GetEbsEncryptionByDefaultCommand({}))).EbsEncryptionByDefault, false);
    assert.equal((await ec2.send(new EnableEbsEncryptionByDefaultCommand({}))).EbsEncryptionByDefault, true);
    assert.equal((await ec2.send(new GetEbsEncryptionByDefaultCommand({}))).EbsEncryptionByDefault, true);
    const east = new EC2Client({ region: OTHER_REGION, endpoint: sim.endpoint, credentials: sim.credentials });
    assert.equal((await east.send(new DisableEbsEncryptionByDefaultCommand({}))).EbsEncryptionByDefault, false);
    east.destroy();
    assert.equal((await ec2.send(new GetEbsEncryptionByDefaultCommand({}))).EbsEncryptionByDefault, true, 'regions are separate');
    await ec2.send(new DisableEbsEncryptionByDefaultCommand({}));
  });
});
