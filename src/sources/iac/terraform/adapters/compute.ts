import type { Resource, Value } from '../../../../model/core/index.js';
import { defaulted, explicit, mapValue, unresolvable } from '../../../../model/core/index.js';
import type { EcrRepositoryProperties, EksClusterProperties, LambdaFunctionProperties, LambdaFunctionUrlProperties } from '../../../../model/aws/compute.js';
import type { ConditionBlock, PolicyDocument, PolicyStatement } from '../../../../model/aws/policy.js';
import type { TfResourceInstance } from '../instance.js';
import type { AdaptContext } from './context.js';
import { KMS, KMS_LIT } from './data.js';
import type { Scope } from './scope.js';

const FN = ['aws_lambda_function'];
const FN_LIT = ['function_name'];

/**
 * A condition value: the literal, or for a value known only after apply (a source ARN of a resource
 * still to be created) a placeholder naming it: the condition exists and restricts, its text is unknown.
 */
function conditionValue(s: Scope, path: string): string {
  const n = s.node(path)!;
  if (n.t === 'scalar') return String(n.value);
  if (n.t === 'unknown' && n.ref) return `\${${n.ref.address}.${n.ref.attribute}}`;
  return `\${unknown: ${n.t === 'unknown' ? n.reason : path}}`;
}

/** One aws_lambda_permission as the statement Lambda adds to the function's resource policy. */
function permissionStatement(s: Scope, functionUid: string): PolicyStatement | Value<never> {
  const principal = s.str('principal');
  const action = s.str('action');
  for (const v of [principal, action]) if (v.kind === 'unresolvable') return v as Value<never>;
  const p = principal.value as string;
  const cond: Record<string, Record<string, string>> = {};
  const add = (op: string, key: string, path: string) => {
    if (s.has(path)) cond[op] = { ...cond[op], [key]: conditionValue(s, path) };
  };
  add('ArnLike', 'AWS:SourceArn', 'source_arn');
  add('StringEquals', 'AWS:SourceAccount', 'source_account');
  add('StringEquals', 'aws:PrincipalOrgID', 'principal_org_id');
  add('StringEquals', 'lambda:FunctionUrlAuthType', 'function_url_auth_type');
  const sid = s.str('statement_id');
  return {
    ...(sid.kind === 'explicit' ? { Sid: sid.value as string } : {}),
    Effect: 'Allow',
    Principal: p === '*' ? '*' : /\.amazonaws\.com(\.cn)?$/.test(p) ? { Service: p } : { AWS: p },
    Action: action.value as string,
    Resource: functionUid,
    ...(Object.keys(cond).length > 0 ? { Condition: cond as ConditionBlock } : {}),
  };
}

function functionPolicy(ctx: AdaptContext, inst: TfResourceInstance): Value<PolicyDocument | null> {
  const perms = ctx.joined(inst, ['aws_lambda_permission'], 'function_name', FN_LIT);
  const s = ctx.scope(inst);
  if (perms.length === 0) return defaulted(null, s.blockProv(), 'no aws_lambda_permission');
  const statements: PolicyStatement[] = [];
  for (const p of perms) {
    const st = permissionStatement(ctx.scope(p), ctx.uid(inst));
    if ('kind' in st) return st;
    statements.push(st);
  }
  return explicit({ Version: '2012-10-17', Statement: statements }, ctx.scope(perms[0]!).blockProv());
}

function listNonEmpty(s: Scope, path: string): Value<boolean> {
  const n = s.node(path);
  if (n === undefined) return defaulted(false, s.blockProv());
  if (n.t === 'unknown') return unresolvable(n.reason, s.prov(n, path));
  return explicit(n.t === 'list' ? n.items.length > 0 : true, s.prov(n, path));
}

function adaptFunction(ctx: AdaptContext, inst: TfResourceInstance): Resource {
  const s = ctx.scope(inst);
  const reserved = s.num('reserved_concurrent_executions', -1);
  const props: LambdaFunctionProperties = {
    functionName: s.str('function_name'),
    runtime: s.strOrNull('runtime', 'no runtime: a container image function'),
    role: s.ref('role', ['aws_iam_role'], ['arn']),
    environment: s.stringMap('environment.variables'),
    policy: functionPolicy(ctx, inst),
    tracingMode: s.str('tracing_config.mode', 'PassThrough'),
    inVpc: listNonEmpty(s, 'vpc_config.subnet_ids'),
    kmsKeyArn: s.refOrNull('kms_key_arn', KMS, KMS_LIT, 'environment variables use the AWS managed key'),
    deadLetterTarget: s.refOrNull('dead_letter_config.target_arn', ['aws_sqs_queue', 'aws_sns_topic'], ['arn']),
    reservedConcurrency: mapValue(reserved, (r) => (r < 0 ? null : r)),
  };
  return ctx.resource(inst, 'aws.lambda.function', props, props.functionName);
}

function adaptFunctionUrl(ctx: AdaptContext, inst: TfResourceInstance): Resource {
  const s = ctx.scope(inst);
  const props: LambdaFunctionUrlProperties = {
    functionId: s.ref('function_name', FN, FN_LIT),
    authType: s.str('authorization_type'),
    corsAllowOrigins: s.strList('cors.allow_origins'),
  };
  return ctx.resource(inst, 'aws.lambda.function-url', props);
}

function adaptEks(ctx: AdaptContext, inst: TfResourceInstance): Resource {
  const s = ctx.scope(inst);
  const res = s.strList('encryption_config.resources');
  const props: EksClusterProperties = {
    version: s.str('version', undefined, 'no version: AWS creates the cluster with its current default version'),
    endpointPublicAccess: s.bool('vpc_config.endpoint_public_access', true, 'the API endpoint is public unless disabled'),
    endpointPrivateAccess: s.bool('vpc_config.endpoint_private_access', false),
    publicAccessCidrs: s.strList('vpc_config.public_access_cidrs', ['0.0.0.0/0'], 'the public endpoint is open to every address unless restricted'),
    enabledLogTypes: s.strList('enabled_cluster_log_types', [], 'control plane logging is off unless enabled'),
    secretsEncryption: s.has('encryption_config')
      ? mapValue(res, (r) => r.includes('secrets'))
      : defaulted(false, s.blockProv(), 'no encryption_config: secrets are not envelope-encrypted with KMS'),
  };
  return ctx.resource(inst, 'aws.eks.cluster', props, s.str('name'));
}

function adaptEcr(ctx: AdaptContext, inst: TfResourceInstance): Resource {
  const s = ctx.scope(inst);
  const pol = ctx.joined(inst, ['aws_ecr_repository_policy'], 'repository', ['name'])[0];
  const lifecycle = ctx.joined(inst, ['aws_ecr_lifecycle_policy'], 'repository', ['name']).length > 0;
  const props: EcrRepositoryProperties = {
    scanOnPush: s.bool('image_scanning_configuration.scan_on_push', false),
    imageTagMutability: s.str('image_tag_mutability', 'MUTABLE'),
    encryptionType: s.str('encryption_configuration.encryption_type', 'AES256'),
    policy: pol ? ctx.scope(pol).policy('policy') : defaulted(null, s.blockProv(), 'no repository policy'),
    lifecyclePolicy: lifecycle ? explicit(true, s.blockProv()) : defaulted(false, s.blockProv(), 'no aws_ecr_lifecycle_policy names the repository'),
  };
  return ctx.resource(inst, 'aws.ecr.repository', props, s.str('name'));
}

/** Lambda functions (aws_lambda_permission joined as policy statements), function URLs, EKS, ECR. */
export function adaptCompute(ctx: AdaptContext): Resource[] {
  return [
    ...ctx.each(['aws_lambda_function'], (i) => adaptFunction(ctx, i)),
    ...ctx.each(['aws_lambda_function_url'], (i) => adaptFunctionUrl(ctx, i)),
    ...ctx.each(['aws_eks_cluster'], (i) => adaptEks(ctx, i)),
    ...ctx.each(['aws_ecr_repository'], (i) => adaptEcr(ctx, i)),
  ];
}
