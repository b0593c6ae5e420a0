import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TfBuilder, block, ref, unknown } from './test-support/builder.js';
import { propsOf } from './test-support/props.js';

test('an instance with no settings gets IMDSv1-allowed defaults and a public IP in the default VPC', () => {
  const b = new TfBuilder();
  b.resource('aws_instance', 'web', { ami: 'ami-1', instance_type: 't3.micro' });
  const p = propsOf(b, 'aws.ec2.instance', 'aws_instance.web');
  assert.equal(p.metadataHttpTokens.value, 'optional');
  assert.equal(p.metadataHttpTokens.kind, 'default');
  assert.equal(p.metadataHttpEndpoint.value, 'enabled');
  assert.equal(p.metadataHopLimit.value, 1);
  assert.equal(p.hasPublicIp.value, true);
  assert.equal(p.hasPublicIp.kind, 'default');
  assert.equal(p.publicIp.kind, 'unresolvable');
  assert.equal(p.rootVolumeEncrypted.value, false);
  assert.equal(p.subnetId.value, null);
  assert.deepEqual(p.securityGroups.value, []);
  assert.equal(p.userData.value, null);
  assert.equal(p.imageId.value, 'ami-1');
  assert.equal(p.detailedMonitoring.value, false);
  assert.equal(p.instanceId.kind, 'unresolvable');
});

test('hasPublicIp follows associate_public_ip_address, then the subnet in the configuration', () => {
  const b = new TfBuilder();
  b.resource('aws_subnet', 'pub', { vpc_id: ref('aws_vpc.v'), cidr_block: '10.0.1.0/24', map_public_ip_on_launch: true });
  b.resource('aws_subnet', 'priv', { vpc_id: ref('aws_vpc.v'), cidr_block: '10.0.2.0/24' });
  b.resource('aws_instance', 'a', { ami: 'x', instance_type: 't3.micro', subnet_id: ref('aws_subnet.pub') });
  b.resource('aws_instance', 'b', { ami: 'x', instance_type: 't3.micro', subnet_id: ref('aws_subnet.priv') });
  b.resource('aws_instance', 'c', { ami: 'x', instance_type: 't3.micro', subnet_id: ref('aws_subnet.priv'), associate_public_ip_address: true });
  b.resource('aws_instance', 'd', { ami: 'x', instance_type: 't3.micro', subnet_id: 'subnet-0abc' });
  assert.equal(propsOf(b, 'aws.ec2.instance', 'aws_instance.a').hasPublicIp.value, true);
  const pb = propsOf(b, 'aws.ec2.instance', 'aws_instance.b');
  assert.equal(pb.hasPublicIp.value, false);
  assert.equal(pb.publicIp.value, null);
  assert.equal(pb.subnetId.value, '.:aws_subnet.priv');
  assert.equal(propsOf(b, 'aws.ec2.instance', 'aws_instance.c').hasPublicIp.value, true);
  const pd = propsOf(b, 'aws.ec2.instance', 'aws_instance.d');
  assert.equal(pd.hasPublicIp.kind, 'unresolvable');
  assert.match(pd.hasPublicIp.reason ?? '', /not in the configuration/);
});

test('security group references become uids; user data is decoded; metadata options are read', () => {
  const b = new TfBuilder();
  b.resource('aws_security_group', 'web', { name: 'web' });
  b.resource('aws_instance', 'web', {
    ami: 'x',
    instance_type: 't3.micro',
    vpc_security_group_ids: [ref('aws_security_group.web'), 'sg-external'],
    user_data_base64: Buffer.from('#!/bin/sh\necho hi').toString('base64'),
    metadata_options: block({ http_tokens: 'required', http_put_response_hop_limit: 2 }),
    root_block_device: block({ encrypted: true }),
    iam_instance_profile: ref('aws_iam_instance_profile.p', 'name'),
  });
  b.resource('aws_iam_instance_profile', 'p', { role: 'r' });
  const p = propsOf(b, 'aws.ec2.instance', 'aws_instance.web');
  assert.deepEqual(p.securityGroups.value, ['.:aws_security_group.web', 'sg-external']);
  assert.equal(p.userData.value, '#!/bin/sh\necho hi');
  assert.equal(p.metadataHttpTokens.value, 'required');
  assert.equal(p.metadataHttpTokens.kind, 'explicit');
  assert.equal(p.metadataHopLimit.value, 2);
  assert.equal(p.rootVolumeEncrypted.value, true);
  assert.equal(p.iamInstanceProfile.value, '.:aws_iam_instance_profile.p');
});

test('an unresolvable security group reference keeps the whole list unresolvable', () => {
  const b = new TfBuilder();
  b.resource('aws_instance', 'web', { ami: 'x', instance_type: 't3.micro', vpc_security_group_ids: [ref('module.net.aws_security_group.x')] });
  const p = propsOf(b, 'aws.ec2.instance', 'aws_instance.web');
  assert.equal(p.securityGroups.kind, 'unresolvable');
});

test('an instance inherits metadata options and user data from its launch template', () => {
  const b = new TfBuilder();
  b.resource('aws_launch_template', 'lt', {
    name: 'lt',
    image_id: 'ami-2',
    metadata_options: block({ http_tokens: 'required' }),
    user_data: Buffer.from('hello').toString('base64'),
    network_interfaces: block({ associate_public_ip_address: false }),
  });
  b.resource('aws_instance', 'web', { instance_type: 't3.micro', launch_template: block({ id: ref('aws_launch_template.lt') }) });
  const p = propsOf(b, 'aws.ec2.instance', 'aws_instance.web');
  assert.equal(p.metadataHttpTokens.value, 'required');
  assert.equal(p.imageId.value, 'ami-2');
  assert.equal(p.userData.value, 'hello');
  assert.equal(p.hasPublicIp.value, false);
  const lt = propsOf(b, 'aws.ec2.launch-template', 'aws_launch_template.lt');
  assert.equal(lt.metadataHttpTokens.value, 'required');
  assert.equal(lt.associatePublicIp.value, false);
  assert.equal(lt.userData.value, 'hello');
  assert.equal(lt.resource.name, 'lt');
});

test('EBS encryption by default changes the default of volumes and root devices', () => {
  const b = new TfBuilder();
  b.resource('aws_ebs_encryption_by_default', 'on', {});
  b.resource('aws_ebs_default_kms_key', 'k', { key_arn: ref('aws_kms_key.k', 'arn') });
  b.resource('aws_kms_key', 'k', {});
  b.resource('aws_ebs_volume', 'v', { availability_zone: 'eu-west-1a', size: 10 });
  b.resource('aws_instance', 'web', { ami: 'x', instance_type: 't3.micro' });
  b.resource('aws_volume_attachment', 'att', { device_name: '/dev/sdh', volume_id: ref('aws_ebs_volume.v'), instance_id: ref('aws_instance.web') });
  b.resource('aws_ebs_snapshot', 's', { volume_id: ref('aws_ebs_volume.v') });
  b.resource('aws_snapshot_create_volume_permission', 'perm', { snapshot_id: ref('aws_ebs_snapshot.s'), account_id: '123456789012' });
  const v = propsOf(b, 'aws.ec2.volume', 'aws_ebs_volume.v');
  assert.equal(v.encrypted.value, true);
  assert.equal(v.encrypted.kind, 'default');
  assert.equal(v.sizeGiB.value, 10);
  assert.equal(v.volumeType.value, 'gp2');
  assert.deepEqual(v.attachedInstances.value, ['.:aws_instance.web']);
  assert.equal(propsOf(b, 'aws.ec2.instance', 'aws_instance.web').rootVolumeEncrypted.value, true);
  const d = propsOf(b, 'aws.ec2.ebs-default-encryption', 'aws_ebs_encryption_by_default.on');
  assert.equal(d.enabled.value, true);
  assert.equal(d.kmsKeyId.value, '.:aws_kms_key.k');
  const s = propsOf(b, 'aws.ec2.snapshot', 'aws_ebs_snapshot.s');
  assert.equal(s.encrypted.value, true);
  assert.deepEqual(s.createVolumePermissions.value, ['123456789012']);
});

test('a volume is unencrypted by default; an unknown default setting makes it unresolvable', () => {
  const b = new TfBuilder();
  b.resource('aws_ebs_volume', 'v', { availability_zone: 'a', size: 1 });
  assert.equal(propsOf(b, 'aws.ec2.volume', 'aws_ebs_volume.v').encrypted.value, false);
  const c = new TfBuilder();
  c.resource('aws_ebs_encryption_by_default', 'on', { enabled: unknown() });
  c.resource('aws_ebs_volume', 'v', { availability_zone: 'a', size: 1 });
  assert.equal(propsOf(c, 'aws.ec2.volume', 'aws_ebs_volume.v').encrypted.kind, 'unresolvable');
});

test('AMIs are public when a launch permission grants group all', () => {
  const b = new TfBuilder();
  b.resource('aws_ami', 'img', { name: 'img', deprecation_time: '2030-01-01T00:00:00Z' });
  b.resource('aws_ami_launch_permission', 'pub', { image_id: ref('aws_ami.img'), group: 'all' });
  b.resource('aws_ami_copy', 'priv', { name: 'copy', source_ami_id: 'ami-1', source_ami_region: 'us-east-1' });
  const p = propsOf(b, 'aws.ec2.image', 'aws_ami.img');
  assert.equal(p.public.value, true);
  assert.deepEqual(p.launchPermissions.value, ['all']);
  assert.equal(p.deprecationTime.value, '2030-01-01T00:00:00Z');
  assert.equal(propsOf(b, 'aws.ec2.image', 'aws_ami_copy.priv').public.value, false);
});
