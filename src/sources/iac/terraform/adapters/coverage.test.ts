import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isKnown, type Value } from '../../../../model/core/index.js';
import type { ResourceType } from '../../../../model/types.js';
import { adaptTerraform } from './index.js';
import { TfBuilder } from './test-support/builder.js';

/**
 * Every AWS model type and the Terraform type that produces it. The Record type makes the compiler fail
 * when a model type is added without an entry here. `null`: not declarable in Terraform.
 */
const PRODUCERS: Record<Extract<ResourceType, `aws.${string}`>, string | null> = {
  'aws.s3.bucket': 'aws_s3_bucket',
  'aws.s3.account-public-access-block': 'aws_s3_account_public_access_block',
  'aws.s3.access-point': 'aws_s3_access_point',
  'aws.ec2.security-group': 'aws_security_group',
  'aws.ec2.instance': 'aws_instance',
  'aws.ec2.volume': 'aws_ebs_volume',
  'aws.ec2.snapshot': 'aws_ebs_snapshot',
  'aws.ec2.image': 'aws_ami',
  'aws.ec2.ebs-default-encryption': 'aws_ebs_encryption_by_default',
  'aws.ec2.vpc': 'aws_vpc',
  'aws.ec2.subnet': 'aws_subnet',
  'aws.ec2.flow-log': 'aws_flow_log',
  'aws.ec2.network-acl': 'aws_network_acl',
  'aws.ec2.launch-template': 'aws_launch_template',
  'aws.iam.role': 'aws_iam_role',
  'aws.iam.user': 'aws_iam_user',
  'aws.iam.group': 'aws_iam_group',
  'aws.iam.policy': 'aws_iam_policy',
  'aws.iam.password-policy': 'aws_iam_account_password_policy',
  // The root user exists in every account; Terraform cannot declare or configure it.
  'aws.iam.root-account': null,
  'aws.iam.server-certificate': 'aws_iam_server_certificate',
  'aws.cloudtrail.trail': 'aws_cloudtrail',
  'aws.config.recorder': 'aws_config_configuration_recorder',
  'aws.guardduty.detector': 'aws_guardduty_detector',
  'aws.securityhub.hub': 'aws_securityhub_account',
  'aws.logs.log-group': 'aws_cloudwatch_log_group',
  'aws.rds.instance': 'aws_db_instance',
  'aws.rds.cluster': 'aws_rds_cluster',
  'aws.efs.file-system': 'aws_efs_file_system',
  'aws.efs.access-point': 'aws_efs_access_point',
  'aws.kms.key': 'aws_kms_key',
  'aws.dynamodb.table': 'aws_dynamodb_table',
  'aws.sns.topic': 'aws_sns_topic',
  'aws.sqs.queue': 'aws_sqs_queue',
  'aws.secretsmanager.secret': 'aws_secretsmanager_secret',
  'aws.lambda.function': 'aws_lambda_function',
  'aws.lambda.function-url': 'aws_lambda_function_url',
  'aws.eks.cluster': 'aws_eks_cluster',
  'aws.ecr.repository': 'aws_ecr_repository',
  'aws.elbv2.load-balancer': 'aws_lb',
  'aws.elbv2.listener': 'aws_lb_listener',
  'aws.wafv2.web-acl-association': 'aws_wafv2_web_acl_association',
  // Discovered live (or imported) only: no Terraform resource declares them yet.
  'aws.ec2.route-table': 'aws_route_table',
  'aws.ec2.internet-gateway': 'aws_internet_gateway',
  'aws.ec2.nat-gateway': null,
  'aws.ec2.network-interface': null,
  'aws.ec2.vpc-endpoint': 'aws_vpc_endpoint',
  'aws.ec2.vpc-peering-connection': 'aws_vpc_peering_connection',
  'aws.ec2.elastic-ip': 'aws_eip',
  'aws.accessanalyzer.analyzer': null,
  'aws.logs.metric-filter': null,
  'aws.cloudwatch.alarm': null,
  'aws.config.rule': null,
  'aws.rds.snapshot': null,
  'aws.ssm.managed-instance': null,
  'aws.inspector2.coverage': null,
  'aws.ecr.image': null,
  'aws.shield.subscription': 'aws_shield_subscription',
  'aws.shield.protection': 'aws_shield_protection',
  'aws.apigateway.rest-api': 'aws_api_gateway_rest_api',
  'aws.apigateway.http-api': 'aws_apigatewayv2_api',
  'aws.apigateway.domain-name': 'aws_api_gateway_domain_name',
  'aws.cloudfront.distribution': 'aws_cloudfront_distribution',
  'aws.route53.hosted-zone': 'aws_route53_zone',
  'aws.elb.load-balancer': 'aws_elb',
  'aws.sts.caller-identity': null,
  'aws.organizations.account': null,
  'aws.organizations.unit': null,
  'aws.organizations.scp': null,
  'aws.ecs.task-definition': 'aws_ecs_task_definition',
  'aws.ecs.cluster': 'aws_ecs_cluster',
  'aws.ecs.service': 'aws_ecs_service',
  'aws.backup.vault': 'aws_backup_vault',
  'aws.backup.plan': 'aws_backup_plan',
  // One per account and region, made by the live scan: the plans that exist there.
  'aws.backup.region': null,
};

function isValue(x: unknown): x is Value<unknown> {
  return typeof x === 'object' && x !== null && 'kind' in x && 'source' in x && ['explicit', 'default', 'unresolvable'].includes((x as { kind: string }).kind);
}

test('every model type declarable in Terraform is adapted, with every property a Value', () => {
  const b = new TfBuilder();
  for (const tf of Object.values(PRODUCERS)) if (tf) b.resource(tf, 'x', {});
  const { resources, errors } = adaptTerraform(b.instances, b.providers);
  assert.deepEqual(errors, []);
  for (const [model, tf] of Object.entries(PRODUCERS)) {
    const r = resources.find((x) => x.type === model);
    if (tf === null) {
      assert.equal(r, undefined);
      continue;
    }
    assert.ok(r, `${tf} produced no ${model}`);
    assert.equal(r.uid, `.:${tf}.x`);
    for (const [k, v] of Object.entries(r.properties as Record<string, unknown>)) {
      if (isValue(v)) continue;
      // Nested settings (S3 public access block) are bags of Values.
      assert.ok(typeof v === 'object' && v !== null && Object.values(v).every(isValue), `${model}.${k} is not a Value`);
    }
  }
});

test('an empty block never yields an unresolvable value without a reason', () => {
  const b = new TfBuilder();
  for (const tf of Object.values(PRODUCERS)) if (tf) b.resource(tf, 'x', {});
  for (const r of adaptTerraform(b.instances, b.providers).resources) {
    for (const [k, v] of Object.entries(r.properties as Record<string, unknown>)) {
      if (isValue(v) && !isKnown(v)) assert.ok(v.reason, `${r.type}.${k} is unresolvable without a reason`);
    }
  }
});

test('an instance an adapter cannot handle is an error at its block; the others still adapt', () => {
  const b = new TfBuilder();
  const bad = b.resource('aws_s3_bucket', 'bad', { bucket: 'bad' });
  b.resource('aws_s3_bucket', 'good', { bucket: 'good' });
  // A malformed tree (not something the evaluator produces) stands in for an adapter defect.
  (bad.body.attrs as Record<string, unknown>)['versioning'] = { t: 'list', items: [null], range: bad.range };
  const { resources, errors } = adaptTerraform(b.instances, b.providers);
  assert.deepEqual(resources.map((r) => r.uid), ['.:aws_s3_bucket.good']);
  assert.equal(errors.length, 1);
  assert.equal(errors[0]!.line, bad.range.startLine);
  assert.match(errors[0]!.message, /cannot adapt aws_s3_bucket\.bad/);
});
