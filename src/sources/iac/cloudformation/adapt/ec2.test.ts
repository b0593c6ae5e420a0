import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pick, scan, view } from '../test-support.js';

const NET = `Resources:
  Vpc:
    Type: AWS::EC2::VPC
    Properties: {CidrBlock: 10.0.0.0/16}
  Public:
    Type: AWS::EC2::Subnet
    Properties: {VpcId: !Ref Vpc, CidrBlock: 10.0.1.0/24, MapPublicIpOnLaunch: true}
  Private:
    Type: AWS::EC2::Subnet
    Properties: {VpcId: !Ref Vpc, CidrBlock: 10.0.2.0/24}
  Web:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupName: web
      GroupDescription: web tier
      VpcId: !Ref Vpc
      SecurityGroupIngress:
        - IpProtocol: tcp
          FromPort: 22
          ToPort: 22
          CidrIp: 0.0.0.0/0
        - {IpProtocol: "-1", SourceSecurityGroupId: !Ref Db}
      SecurityGroupEgress:
        - {IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: 0.0.0.0/0}
  Db:
    Type: AWS::EC2::SecurityGroup
    Properties: {GroupDescription: db, VpcId: !Ref Vpc}
  DbIn:
    Type: AWS::EC2::SecurityGroupIngress
    Properties: {GroupId: !GetAtt Db.GroupId, IpProtocol: tcp, FromPort: 5432, ToPort: 5432, SourceSecurityGroupId: !Ref Web}
  WebOut:
    Type: AWS::EC2::SecurityGroupEgress
    Properties: {GroupId: !Ref Web, IpProtocol: tcp, FromPort: 80, ToPort: 80, CidrIpv6: "::/0"}
  Template:
    Type: AWS::EC2::LaunchTemplate
    Properties:
      LaunchTemplateName: lt
      LaunchTemplateData:
        MetadataOptions: {HttpTokens: required}
        UserData: !Base64 "echo from-template"
  App:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-1
      InstanceType: t3.micro
      SubnetId: !Ref Public
      SecurityGroupIds: [!Ref Web]
      LaunchTemplate: {LaunchTemplateId: !Ref Template, Version: "1"}
      BlockDeviceMappings:
        - DeviceName: /dev/xvda
          Ebs: {Encrypted: true}
      Monitoring: true
  Internal:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-1
      SecurityGroups: [web]
      NetworkInterfaces:
        - {DeviceIndex: "0", AssociatePublicIpAddress: false, SubnetId: !Ref Private}
      UserData: ZWNobyBoaQ==
  Disk:
    Type: AWS::EC2::Volume
    Properties: {AvailabilityZone: eu-west-1a, Size: 10}
  Attach:
    Type: AWS::EC2::VolumeAttachment
    Properties: {VolumeId: !Ref Disk, InstanceId: !Ref App, Device: /dev/sdf}
  Logs:
    Type: AWS::EC2::FlowLog
    Properties: {ResourceId: !Ref Vpc, ResourceType: VPC, TrafficType: REJECT, LogDestinationType: s3}
  Acl:
    Type: AWS::EC2::NetworkAcl
    Properties: {VpcId: !Ref Vpc}
  AclIn:
    Type: AWS::EC2::NetworkAclEntry
    Properties: {NetworkAclId: !Ref Acl, RuleNumber: 100, Protocol: 6, RuleAction: allow, CidrBlock: 0.0.0.0/0, PortRange: {From: 22, To: 22}}
  AclAll:
    Type: AWS::EC2::NetworkAclEntry
    Properties: {NetworkAclId: !Ref Acl, RuleNumber: 200, Protocol: -1, Egress: true, RuleAction: deny, CidrBlock: 0.0.0.0/0}
  AclAssoc:
    Type: AWS::EC2::SubnetNetworkAclAssociation
    Properties: {NetworkAclId: !Ref Acl, SubnetId: !Ref Private}
`;

test('security groups: inline and joined rules, each with its own provenance', () => {
  const { resources, errors } = scan(NET);
  assert.deepEqual(errors, []);
  const web = pick(resources, 'Web', 'aws.ec2.security-group');
  assert.equal(web.name, 'web');
  assert.equal(web.properties.vpcId.value, 'template.yaml#Vpc');
  const ing = web.properties.ingress.value!;
  assert.equal(ing.length, 2);
  assert.deepEqual(view(ing[0]!.ipv4Ranges), { kind: 'explicit', value: ['0.0.0.0/0'], lines: '21-21' });
  assert.equal(ing[0]!.fromPort.value, 22);
  // A field left out of an inline rule defaults on that rule, not on the whole group.
  assert.deepEqual(view(ing[0]!.description), { kind: 'default', value: '', lines: '18-21' });
  assert.equal(ing[0]!.source.kind === 'iac' && ing[0]!.source.startLine, 18);
  assert.deepEqual(ing[1]!.sourceSecurityGroups.value, ['template.yaml#Db']);
  assert.equal(ing[1]!.fromPort.value, -1);
  const eg = web.properties.egress.value!;
  assert.equal(eg.length, 2, 'inline egress replaces the default rule; the joined one is added');
  assert.deepEqual(eg[1]!.ipv6Ranges.value, ['::/0']);
  assert.equal(eg[1]!.source.kind === 'iac' && eg[1]!.source.startLine, 31);
  const db = pick(resources, 'Db', 'aws.ec2.security-group');
  assert.equal(db.properties.ingress.value!.length, 1);
  assert.deepEqual(db.properties.ingress.value![0]!.sourceSecurityGroups.value, ['template.yaml#Web']);
  assert.equal(db.properties.egress.kind, 'default');
  assert.deepEqual(db.properties.egress.value![0]!.ipv4Ranges.value, ['0.0.0.0/0']);
  assert.equal(db.properties.egress.value![0]!.protocol.value, '-1');
});

test('instances: subnet public IPs, launch template metadata and user data, groups by id and name', () => {
  const { resources } = scan(NET);
  const app = pick(resources, 'App', 'aws.ec2.instance').properties;
  assert.deepEqual(view(app.hasPublicIp), { kind: 'explicit', value: true, lines: '7-7' });
  assert.deepEqual(view(app.metadataHttpTokens), { kind: 'explicit', value: 'required', lines: '39-39' });
  assert.equal(app.userData.value, 'echo from-template');
  assert.deepEqual(app.securityGroups.value, ['template.yaml#Web']);
  assert.equal(app.subnetId.value, 'template.yaml#Public');
  assert.equal(app.rootVolumeEncrypted.value, true);
  assert.equal(app.detailedMonitoring.value, true);
  assert.equal(app.instanceType.value, 't3.micro');
  assert.equal(app.instanceId.kind, 'unresolvable');
  const internal = pick(resources, 'Internal', 'aws.ec2.instance').properties;
  assert.equal(internal.hasPublicIp.value, false);
  assert.equal(internal.hasPublicIp.kind, 'explicit');
  assert.deepEqual(internal.securityGroups.value, ['template.yaml#Web']);
  assert.equal(internal.userData.value, 'echo hi');
  assert.deepEqual(view(internal.metadataHttpTokens), { kind: 'default', value: 'optional', lines: '53-60' });
  assert.equal(internal.instanceType.value, 'm1.small');
});

test('an instance with no subnet lands in the default VPC (public IP); an outside subnet is unknown', () => {
  const { resources } = scan(`Resources:
  A:
    Type: AWS::EC2::Instance
    Properties: {ImageId: ami-1}
  B:
    Type: AWS::EC2::Instance
    Properties: {ImageId: ami-1, SubnetId: subnet-123}
`);
  assert.equal(pick(resources, 'A', 'aws.ec2.instance').properties.hasPublicIp.value, true);
  assert.equal(pick(resources, 'B', 'aws.ec2.instance').properties.hasPublicIp.kind, 'unresolvable');
});

test('launch templates, volumes and attachments', () => {
  const { resources } = scan(NET);
  const lt = pick(resources, 'Template', 'aws.ec2.launch-template');
  assert.equal(lt.name, 'lt');
  assert.equal(lt.properties.metadataHttpTokens.value, 'required');
  assert.equal(lt.properties.associatePublicIp.kind, 'default');
  assert.equal(lt.properties.userData.value, 'echo from-template');
  const disk = pick(resources, 'Disk', 'aws.ec2.volume').properties;
  assert.deepEqual(view(disk.encrypted), { kind: 'default', value: false, lines: '61-63' });
  assert.equal(disk.sizeGiB.value, 10);
  assert.equal(disk.volumeType.value, 'gp2');
  assert.deepEqual(disk.attachedInstances.value, ['template.yaml#App']);
});

test('VPC, subnets, flow logs and network ACLs with entries and associations', () => {
  const { resources } = scan(NET);
  assert.equal(pick(resources, 'Vpc', 'aws.ec2.vpc').properties.cidrBlock.value, '10.0.0.0/16');
  const pub = pick(resources, 'Public', 'aws.ec2.subnet').properties;
  assert.equal(pub.vpcId.value, 'template.yaml#Vpc');
  assert.equal(pub.mapPublicIpOnLaunch.value, true);
  assert.equal(pick(resources, 'Private', 'aws.ec2.subnet').properties.mapPublicIpOnLaunch.kind, 'default');
  const fl = pick(resources, 'Logs', 'aws.ec2.flow-log').properties;
  assert.equal(fl.resourceId.value, 'template.yaml#Vpc');
  assert.equal(fl.trafficType.value, 'REJECT');
  assert.equal(fl.destinationType.value, 's3');
  const acl = pick(resources, 'Acl', 'aws.ec2.network-acl').properties;
  const entries = acl.entries.value!;
  assert.equal(entries.length, 2);
  assert.equal(entries[0]!.action.value, 'allow');
  assert.equal(entries[0]!.fromPort.value, 22);
  assert.equal(entries[0]!.protocol.value, '6');
  assert.equal(entries[1]!.egress.value, true);
  assert.equal(entries[1]!.fromPort.value, -1);
  assert.equal(entries[1]!.source.kind === 'iac' && entries[1]!.source.startLine, 76);
  assert.deepEqual(acl.subnetIds.value, ['template.yaml#Private']);
});

test('instance MetadataOptions written on the instance win over its launch template', () => {
  const { resources } = scan(`Resources:
  Lt:
    Type: AWS::EC2::LaunchTemplate
    Properties: {LaunchTemplateData: {MetadataOptions: {HttpTokens: optional, HttpPutResponseHopLimit: 3}}}
  I:
    Type: AWS::EC2::Instance
    Properties:
      LaunchTemplate: {LaunchTemplateId: !Ref Lt, Version: !GetAtt Lt.LatestVersionNumber}
      MetadataOptions: {HttpTokens: required}
`);
  const p = pick(resources, 'I', 'aws.ec2.instance').properties;
  assert.deepEqual(view(p.metadataHttpTokens), { kind: 'explicit', value: 'required', lines: '9-9' });
  assert.deepEqual(view(p.metadataHopLimit), { kind: 'explicit', value: 3, lines: '4-4' });
  assert.equal(p.metadataHttpEndpoint.kind, 'default');
  assert.equal(p.imageId.kind, 'unresolvable');
});
