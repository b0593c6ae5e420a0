import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pick, scan } from '../test-support.js';

test('Route 53 hosted zones: public unless VPCs are named, inline query logging, tags', () => {
  const { resources, errors } = scan(`Resources:
  Public:
    Type: AWS::Route53::HostedZone
    Properties:
      Name: example.com
      QueryLoggingConfig:
        CloudWatchLogsLogGroupArn: !GetAtt DnsLogs.Arn
      HostedZoneTags: [{Key: env, Value: prod}]
  Corp:
    Type: AWS::Route53::HostedZone
    Properties:
      Name: corp.internal
      VPCs: [{VPCId: vpc-1, VPCRegion: eu-west-1}]
  DnsLogs:
    Type: AWS::Logs::LogGroup
`);
  assert.deepEqual(errors, []);
  const pub = pick(resources, 'Public', 'aws.route53.hosted-zone');
  assert.equal(pub.name, 'example.com');
  assert.equal(pub.properties.privateZone.value, false);
  assert.equal(pub.properties.queryLogGroup.value, 'template.yaml#DnsLogs');
  assert.deepEqual(pub.tags.value, { env: 'prod' });
  const corp = pick(resources, 'Corp', 'aws.route53.hosted-zone').properties;
  assert.equal(corp.privateZone.value, true);
  assert.equal(corp.queryLogGroup.value, null);
});

test('classic load balancers: listeners with their negotiation policy, attributes and CloudFormation defaults', () => {
  const { resources, errors } = scan(`Parameters:
  Policy: {Type: String}
Resources:
  Web:
    Type: AWS::ElasticLoadBalancing::LoadBalancer
    Properties:
      LoadBalancerName: web
      Listeners:
        - {LoadBalancerPort: "80", InstancePort: "8080", Protocol: HTTP}
        - {LoadBalancerPort: "443", InstancePort: "80", Protocol: HTTPS, InstanceProtocol: HTTP, SSLCertificateId: arn:aws:acm:eu-west-1:1:certificate/c, PolicyNames: [custom]}
      Policies:
        - PolicyName: custom
          PolicyType: SSLNegotiationPolicyType
          Attributes: [{Name: Protocol-TLSv1.2, Value: "true"}, {Name: Protocol-TLSv1, Value: "false"}]
      AccessLoggingPolicy: {Enabled: true, S3BucketName: logs}
  Bare:
    Type: AWS::ElasticLoadBalancing::LoadBalancer
    Properties:
      Scheme: internal
      Listeners: [{LoadBalancerPort: "443", InstancePort: "443", Protocol: SSL, PolicyNames: [!Ref Policy]}]
`);
  assert.deepEqual(errors, []);
  const web = pick(resources, 'Web', 'aws.elb.load-balancer').properties;
  assert.equal(web.scheme.value, 'internet-facing');
  assert.equal(web.accessLogsEnabled.value, true);
  assert.equal(web.crossZoneLoadBalancing.value, false);
  assert.equal(web.connectionDraining.value, false);
  assert.deepEqual(web.listeners.value, [
    { protocol: 'HTTP', loadBalancerPort: 80, instanceProtocol: 'HTTP', instancePort: 8080, sslPolicy: null, sslProtocols: null },
    { protocol: 'HTTPS', loadBalancerPort: 443, instanceProtocol: 'HTTP', instancePort: 80, sslPolicy: 'custom', sslProtocols: ['TLSv1.2'] },
  ]);
  const bare = pick(resources, 'Bare', 'aws.elb.load-balancer').properties;
  assert.equal(bare.scheme.value, 'internal');
  assert.equal(bare.listeners.kind, 'unresolvable', 'a policy name from a parameter is not known before deploy');
});
