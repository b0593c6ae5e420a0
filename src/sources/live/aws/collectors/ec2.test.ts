import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { EC2Client, RevokeSecurityGroupIngressCommand } from '@aws-sdk/client-ec2';
import type { Resource, Value } from '../../../../model/core/index.js';
import type { ModelResource, ResourceType } from '../../../../model/types.js';
import { startSimcloud, type RunningSimcloud } from '../../../../simcloud/testing.js';
import { runCollectorForTest, type CollectorTestResult } from '../testing.js';
import collector from './ec2.js';
import { ACCOUNT, FILLER, GROUP_FILLER, OPT_IN_REGION, OTHER_REGION, REGION, ec2TestWorld } from '../../../../simcloud/services/ec2/test-world.js';

const arn = (kind: string, id: string, region = REGION) => `arn:aws:ec2:${region}:${ACCOUNT}:${kind}/${id}`;

function get<T extends ResourceType>(res: readonly Resource[], type: T, uid: string): ModelResource<T> {
  const r = res.find((x) => x.type === type && x.uid === uid);
  assert.ok(r, `no ${type} ${uid}`);
  return r as ModelResource<T>;
}

function known<T>(v: Value<T>): T {
  assert.notEqual(v.kind, 'unresolvable', v.reason);
  return v.value as T;
}

describe('ec2 collector against simcloud', () => {
  let sim: RunningSimcloud;
  /** Only the planted resources: for the scans that need no pagination. */
  let small: RunningSimcloud;
  let scan: CollectorTestResult;
  const run = (region: string, on = sim, credentials = on.credentials) => runCollectorForTest(collector, { endpoint: on.endpoint, credentials, account: ACCOUNT, region });
  before(async () => {
    [sim, small] = await Promise.all([startSimcloud(ec2TestWorld()), startSimcloud(ec2TestWorld(0))]);
    scan = await run(REGION);
  });
  after(async () => {
    await Promise.all([sim.close(), small.close()]);
  });

  it('lists everything with no gaps, following tokens past the first page', () => {
    assert.deepEqual(scan.gaps, []);
    const count = (t: string) => scan.resources.filter((r) => r.type === t).length;
    assert.equal(count('aws.ec2.instance'), FILLER + 2, 'terminated instance left out');
    assert.equal(count('aws.ec2.security-group'), GROUP_FILLER + 4);
    assert.equal(scan.calls.filter((c) => c === 'ec2:DescribeInstances').length, 2);
    assert.equal(scan.calls.filter((c) => c === 'ec2:DescribeSecurityGroups').length, 2);
    for (const t of ['aws.ec2.vpc', 'aws.ec2.network-acl', 'aws.ec2.route-table', 'aws.ec2.snapshot', 'aws.ec2.image', 'aws.ec2.launch-template']) assert.equal(count(t), 2, t);
    for (const t of ['aws.ec2.internet-gateway', 'aws.ec2.nat-gateway', 'aws.ec2.network-interface', 'aws.ec2.vpc-endpoint', 'aws.ec2.flow-log', 'aws.ec2.ebs-default-encryption']) assert.equal(count(t), 1, t);
  });

  it('instances: public IP, IMDS options, groups, profile, root volume encryption, user data, provenance', () => {
    const web = get(scan.resources, 'aws.ec2.instance', arn('instance', 'i-imdsv1'));
    const p = web.properties;
    assert.equal(web.name, 'web-1');
    assert.equal(web.account, ACCOUNT);
    assert.equal(web.region, REGION);
    assert.deepEqual(web.origin, { kind: 'live', call: 'ec2:DescribeInstances' });
    assert.deepEqual(p.hasPublicIp.source, { kind: 'api', call: 'ec2:DescribeInstances', region: REGION, account: ACCOUNT });
    assert.equal(known(p.hasPublicIp), true);
    assert.equal(known(p.publicIp), '54.1.2.3');
    assert.equal(known(p.metadataHttpTokens), 'optional');
    assert.deepEqual(known(p.securityGroups), [arn('security-group', 'sg-ssh'), arn('security-group', 'sg-web')]);
    assert.equal(known(p.subnetId), arn('subnet', 'subnet-a1'));
    assert.equal(known(p.iamInstanceProfile), `arn:aws:iam::${ACCOUNT}:instance-profile/web`);
    assert.equal(known(p.rootVolumeEncrypted), false);
    assert.equal(p.rootVolumeEncrypted.source.kind === 'api' && p.rootVolumeEncrypted.source.call, 'ec2:DescribeVolumes');
    assert.match(known(p.userData) ?? '', /AWS_SECRET_ACCESS_KEY/);
    assert.equal(p.userData.source.kind === 'api' && p.userData.source.call, 'ec2:DescribeInstanceAttribute');
    const v2 = get(scan.resources, 'aws.ec2.instance', arn('instance', 'i-imdsv2')).properties;
    assert.equal(known(v2.hasPublicIp), false);
    assert.equal(known(v2.publicIp), null);
    assert.equal(known(v2.metadataHttpTokens), 'required');
    assert.equal(known(v2.rootVolumeEncrypted), true);
    assert.equal(known(v2.detailedMonitoring), true);
    assert.equal(known(v2.userData), null);
    // The launch image is looked up whoever owns it: found with its owner and deprecation, or null when gone.
    assert.deepEqual(known(v2.launchImage!), { ownerId: ACCOUNT, ownerAlias: null, deprecationTime: '2028-01-01T00:00:00.000Z', creationDate: '2026-01-01T00:00:00.000Z' });
    assert.equal(known(p.launchImage!), null);
    assert.equal(p.launchImage!.source.kind === 'api' && p.launchImage!.source.call, 'ec2:DescribeImages');
  });

  it('security groups: rules per IpPermission with provenance, default group, referenced groups as uids', () => {
    const ssh = get(scan.resources, 'aws.ec2.security-group', arn('security-group', 'sg-ssh')).properties;
    const rule = known(ssh.ingress)[0]!;
    assert.equal(known(rule.protocol), 'tcp');
    assert.equal(known(rule.fromPort), 22);
    assert.deepEqual(known(rule.ipv4Ranges), ['0.0.0.0/0']);
    assert.deepEqual(rule.source, { kind: 'api', call: 'ec2:DescribeSecurityGroups', region: REGION, account: ACCOUNT });
    assert.equal(known(ssh.vpcId), arn('vpc', 'vpc-a'));
    assert.equal(known(ssh.isDefault), false);
    const def = get(scan.resources, 'aws.ec2.security-group', arn('security-group', 'sg-default')).properties;
    assert.equal(known(def.isDefault), true);
    assert.deepEqual(known(known(def.ingress)[0]!.sourceSecurityGroups), [arn('security-group', 'sg-default')]);
    assert.equal(known(known(def.egress)[0]!.fromPort), -1);
    const rdp = known(get(scan.resources, 'aws.ec2.security-group', arn('security-group', 'sg-rdp')).properties.ingress)[0]!;
    assert.deepEqual(known(rdp.ipv6Ranges), ['::/0']);
  });

  it('network: NACL entries, VPC flow log by uid, subnets, routes to the internet gateway, NAT, ENI, endpoint policy', () => {
    const acl = get(scan.resources, 'aws.ec2.network-acl', arn('network-acl', 'acl-locked')).properties;
    const e = known(acl.entries)[0]!;
    assert.deepEqual([known(e.ruleNumber), known(e.protocol), known(e.action), known(e.fromPort), known(e.toPort), known(e.egress)], [100, '6', 'allow', 443, 443, false]);
    assert.deepEqual(known(acl.subnetIds), [arn('subnet', 'subnet-b1')]);
    const flow = get(scan.resources, 'aws.ec2.flow-log', arn('vpc-flow-log', 'fl-b')).properties;
    assert.equal(known(flow.resourceId), arn('vpc', 'vpc-b'));
    assert.equal(known(flow.destinationType), 's3');
    assert.equal(get(scan.resources, 'aws.ec2.vpc', arn('vpc', 'vpc-b')).name, 'prod');
    assert.equal(known(get(scan.resources, 'aws.ec2.subnet', arn('subnet', 'subnet-a1')).properties.mapPublicIpOnLaunch), true);
    const rtb = get(scan.resources, 'aws.ec2.route-table', arn('route-table', 'rtb-a')).properties;
    assert.equal(known(rtb.isMain), true);
    const toIgw = known(rtb.routes).find((r) => known(r.targetKind) === 'internet-gateway')!;
    assert.equal(known(toIgw.target), arn('internet-gateway', 'igw-a'));
    assert.equal(known(toIgw.destinationCidrBlock), '0.0.0.0/0');
    const rtbB = known(get(scan.resources, 'aws.ec2.route-table', arn('route-table', 'rtb-b')).properties.routes);
    assert.deepEqual(rtbB.map((r) => [known(r.targetKind), known(r.target)]), [['nat-gateway', arn('natgateway', 'nat-b')], ['vpc-endpoint', arn('vpc-endpoint', 'vpce-s3')]]);
    assert.deepEqual(known(get(scan.resources, 'aws.ec2.internet-gateway', arn('internet-gateway', 'igw-a')).properties.attachedVpcIds), [arn('vpc', 'vpc-a')]);
    assert.deepEqual(known(get(scan.resources, 'aws.ec2.nat-gateway', arn('natgateway', 'nat-b')).properties.publicIps), ['52.0.0.9']);
    const eni = get(scan.resources, 'aws.ec2.network-interface', arn('network-interface', 'eni-web')).properties;
    assert.equal(known(eni.publicIp), '54.1.2.3');
    assert.equal(known(eni.attachedInstance), arn('instance', 'i-imdsv1'));
    const vpce = get(scan.resources, 'aws.ec2.vpc-endpoint', arn('vpc-endpoint', 'vpce-s3')).properties;
    assert.match(known(vpce.policy) ?? '', /"Principal":"\*"/);
    assert.deepEqual(known(vpce.routeTableIds), [arn('route-table', 'rtb-b')]);
  });

  it('peering connections: the other side is the peer, same-account peers are null, deleted ones are left out', () => {
    const partner = get(scan.resources, 'aws.ec2.vpc-peering-connection', arn('vpc-peering-connection', 'pcx-partner')).properties;
    assert.equal(known(partner.peerAccountId), '999988887777');
    assert.equal(known(partner.vpcId), arn('vpc', 'vpc-b'));
    assert.equal(known(partner.peerVpcId), 'arn:aws:ec2:eu-west-1:999988887777:vpc/vpc-partner');
    assert.equal(known(partner.peerCidrBlock), '10.99.0.0/16');
    assert.equal(known(partner.status), 'active');
    assert.deepEqual(partner.peerAccountId.source, { kind: 'api', call: 'ec2:DescribeVpcPeeringConnections', region: REGION, account: ACCOUNT });
    const internal = get(scan.resources, 'aws.ec2.vpc-peering-connection', arn('vpc-peering-connection', 'pcx-internal')).properties;
    assert.equal(known(internal.peerAccountId), null);
    assert.equal(known(internal.peerRegion), null);
    assert.ok(!scan.resources.some((r) => r.uid === arn('vpc-peering-connection', 'pcx-old')));
  });

  it('Elastic IPs: allocation ARNs as uids, the associated instance as a uid, unassociated ones null', () => {
    const web = get(scan.resources, 'aws.ec2.elastic-ip', arn('eip-allocation', 'eipalloc-web')).properties;
    assert.equal(known(web.publicIp), '54.1.2.3');
    assert.equal(known(web.associatedWith), arn('instance', 'i-imdsv1'));
    assert.equal(known(get(scan.resources, 'aws.ec2.elastic-ip', arn('eip-allocation', 'eipalloc-spare')).properties.associatedWith), null);
  });

  it('storage: volumes, snapshot create-volume permissions incl. all, AMIs, EBS default, launch templates', () => {
    assert.equal(known(get(scan.resources, 'aws.ec2.volume', arn('volume', 'vol-data')).properties.encrypted), false);
    assert.deepEqual(known(get(scan.resources, 'aws.ec2.volume', arn('volume', 'vol-enc')).properties.attachedInstances), [arn('instance', 'i-imdsv2')]);
    assert.deepEqual(known(get(scan.resources, 'aws.ec2.snapshot', arn('snapshot', 'snap-public')).properties.createVolumePermissions), ['all']);
    assert.deepEqual(known(get(scan.resources, 'aws.ec2.snapshot', arn('snapshot', 'snap-shared')).properties.createVolumePermissions), ['222222222222']);
    const ami = get(scan.resources, 'aws.ec2.image', arn('image', 'ami-public'));
    assert.equal(ami.name, 'golden-2024');
    assert.equal(known(ami.properties.public), true);
    assert.equal(known(ami.properties.creationDate), '2024-01-01T00:00:00.000Z');
    assert.deepEqual(known(ami.properties.launchPermissions), ['all']);
    assert.equal(known(get(scan.resources, 'aws.ec2.image', arn('image', 'ami-private')).properties.deprecationTime), '2028-01-01T00:00:00.000Z');
    const ebs = scan.resources.find((r) => r.type === 'aws.ec2.ebs-default-encryption') as ModelResource<'aws.ec2.ebs-default-encryption'>;
    assert.equal(known(ebs.properties.enabled), false);
    assert.equal(known(ebs.properties.kmsKeyId), 'alias/aws/ebs');
    const lt1 = get(scan.resources, 'aws.ec2.launch-template', arn('launch-template', 'lt-v1')).properties;
    assert.equal(lt1.metadataHttpTokens.kind, 'default');
    assert.equal(lt1.metadataHttpTokens.value, 'optional');
    assert.equal(known(lt1.associatePublicIp), true);
    assert.match(known(lt1.userData) ?? '', /nginx/);
    assert.equal(known(get(scan.resources, 'aws.ec2.launch-template', arn('launch-template', 'lt-v2')).properties.metadataHttpTokens), 'required');
  });

  it('other region: its own section, EBS default encryption on', async () => {
    const east = await run(OTHER_REGION, small);
    assert.deepEqual(east.gaps, []);
    const ebs = east.resources.find((r) => r.type === 'aws.ec2.ebs-default-encryption') as ModelResource<'aws.ec2.ebs-default-encryption'>;
    assert.equal(ebs.region, OTHER_REGION);
    assert.equal(known(ebs.properties.enabled), true);
    assert.deepEqual(east.resources.filter((r) => r.type === 'aws.ec2.security-group').map((r) => r.uid), [arn('security-group', 'sg-east', OTHER_REGION)]);
  });

  it('AccessDenied on an attribute call and on the EBS default leaves those values unknown, with gaps', async () => {
    const denied = await run(REGION, small, { accessKeyId: 'AKIADENIEDEC2USER01', secretAccessKey: 'denied-secret' });
    const calls = new Set(denied.gaps.map((g) => g.call));
    assert.deepEqual([...calls].sort(), ['ec2:DescribeSnapshotAttribute', 'ec2:GetEbsEncryptionByDefault']);
    assert.ok(denied.gaps.every((g) => /AccessDenied|UnauthorizedOperation/.test(g.reason)), JSON.stringify(denied.gaps[0]));
    const snap = get(denied.resources, 'aws.ec2.snapshot', arn('snapshot', 'snap-public')).properties;
    assert.equal(snap.createVolumePermissions.kind, 'unresolvable');
    assert.equal(known(snap.encrypted), false, 'values from the listing stay known');
    const ebs = denied.resources.find((r) => r.type === 'aws.ec2.ebs-default-encryption') as ModelResource<'aws.ec2.ebs-default-encryption'>;
    assert.ok(ebs, 'still emitted when the call fails');
    assert.equal(ebs.properties.enabled.kind, 'unresolvable');
    assert.equal(known(ebs.properties.kmsKeyId), 'alias/aws/ebs');
  });

  it('a disabled opt-in region is a coverage gap, and the EBS default there is unknown, not off', async () => {
    const off = await run(OPT_IN_REGION, small);
    assert.ok(off.gaps.length > 0);
    assert.ok(off.gaps.every((g) => g.region === OPT_IN_REGION && g.reason === 'RegionDisabled'), JSON.stringify(off.gaps[0]));
    assert.deepEqual(off.resources.map((r) => r.type), ['aws.ec2.ebs-default-encryption']);
    const ebs = off.resources[0] as ModelResource<'aws.ec2.ebs-default-encryption'>;
    assert.equal(ebs.properties.enabled.kind, 'unresolvable');
  });

  it('a security-group revoke through the SDK shows in the next scan', async () => {
    const ec2 = new EC2Client({ region: REGION, endpoint: small.endpoint, credentials: small.credentials });
    await ec2.send(new RevokeSecurityGroupIngressCommand({ GroupId: 'sg-rdp', IpPermissions: [{ IpProtocol: 'tcp', FromPort: 3389, ToPort: 3389, IpRanges: [{ CidrIp: '0.0.0.0/0' }], Ipv6Ranges: [{ CidrIpv6: '::/0' }] }] }));
    ec2.destroy();
    const again = await run(REGION, small);
    assert.deepEqual(known(get(again.resources, 'aws.ec2.security-group', arn('security-group', 'sg-rdp')).properties.ingress), []);
  });
});
