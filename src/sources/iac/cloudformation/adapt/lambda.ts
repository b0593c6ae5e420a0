import type { LambdaFunctionProperties, LambdaFunctionUrlProperties } from '../../../../model/aws/compute.js';
import type { ConditionBlock, PolicyDocument, PolicyStatement, PolicyPrincipal } from '../../../../model/aws/policy.js';
import { defaulted, explicit, mapValue, unresolvable, type Value } from '../../../../model/core/index.js';
import { envelope, type AdaptContext, type Adapter, type ResolvedResource } from './context.js';
import { Reader, nodeAt, toRef, type Conv } from './read.js';
import { targets } from './policy.js';

/** Environment variables; a deploy-time value keeps its placeholder, a value with none reads `${unresolved}`. */
const envVars: Conv<Readonly<Record<string, string>>> = (n) => {
  if (n.t !== 'map') return { ok: false, reason: 'expected a map of variables' };
  const out: Record<string, string> = {};
  for (const [k, v] of n.entries) out[k] = v.t === 'scalar' ? String(v.value ?? '') : v.t === 'unknown' ? (v.placeholder ?? '${unresolved}') : JSON.stringify(v.t);
  return { ok: true, value: out };
};

/** AWS::Lambda::Function, with AWS::Lambda::Permission resources joined as statements of its resource policy. */
export const lambdaFunction: Adapter = (r, ctx) => {
  const rd = new Reader(ctx, r);
  const functionName = rd.str('FunctionName', { unresolvable: 'CloudFormation generates the function name at deploy' });
  const props: LambdaFunctionProperties = {
    functionName,
    runtime: rd.strOrNull('Runtime', null),
    role: rd.get('Role', toRef, { unresolvable: 'Role is required' }),
    environment: rd.get('Environment.Variables', envVars, { value: {} }),
    policy: permissionsPolicy(r, ctx, functionName.value),
    tracingMode: rd.str('TracingConfig.Mode', { value: 'PassThrough' }),
    inVpc: rd.get('VpcConfig.SubnetIds', (n) => (n.t === 'list' ? { ok: true, value: n.items.length > 0 } : { ok: false, reason: 'expected a list' }), { value: false }),
    kmsKeyArn: rd.ref('KmsKeyArn', { value: null }),
    deadLetterTarget: rd.ref('DeadLetterConfig.TargetArn', { value: null }),
    reservedConcurrency: rd.get<number | null>('ReservedConcurrentExecutions', (n) => (n.t === 'scalar' && Number.isFinite(Number(n.value)) ? { ok: true, value: Number(n.value) } : { ok: false, reason: 'expected a number' }), { value: null }),
  };
  return envelope(ctx, r, 'aws.lambda.function', functionName, rd.get('Tags', tagList, { value: {} }), props);
};

const tagList: Conv<Readonly<Record<string, string>>> = (n) => {
  const out: Record<string, string> = {};
  for (const t of n.t === 'list' ? n.items : []) {
    const k = nodeAt(t, 'Key'), v = nodeAt(t, 'Value');
    if (k?.t === 'scalar') out[String(k.value)] = v?.t === 'scalar' ? String(v.value ?? '') : '';
  }
  return { ok: true, value: out };
};

function permissionsPolicy(fn: ResolvedResource, ctx: AdaptContext, name: string | undefined): Value<PolicyDocument | null> {
  const perms = ctx.ofType('AWS::Lambda::Permission').filter((p) => targets(nodeAt(p.props, 'FunctionName'), fn.logicalId, name, ctx));
  if (perms.length === 0) return defaulted(null, ctx.prov(fn.range), 'no AWS::Lambda::Permission names the function');
  const statements: PolicyStatement[] = [];
  for (const p of perms) {
    const s = permissionStatement(new Reader(ctx, p), fn, ctx);
    if (s.kind === 'unresolvable') return mapValue(s, () => null);
    statements.push(s.value!);
  }
  return explicit({ Version: '2012-10-17', Statement: statements }, ctx.prov(perms[0]!.range));
}

/** One permission as the statement Lambda adds to the function policy. */
function permissionStatement(pr: Reader, fn: ResolvedResource, ctx: AdaptContext): Value<PolicyStatement> {
  const text = (path: string): { ok: true; value: string | undefined } | { ok: false; reason: string } => {
    const n = nodeAt(pr.root, path);
    if (n === undefined) return { ok: true, value: undefined };
    if (n.t === 'scalar') return { ok: true, value: String(n.value) };
    if (n.t === 'unknown' && n.placeholder !== undefined) return { ok: true, value: n.placeholder };
    return { ok: false, reason: n.t === 'unknown' ? n.reason : `${path} must be a string` };
  };
  const fields = ['Principal', 'Action', 'SourceArn', 'SourceAccount', 'PrincipalOrgID', 'FunctionUrlAuthType'].map((f) => [f, text(f)] as const);
  const bad = fields.find(([, v]) => !v.ok);
  if (bad && !bad[1].ok) return unresolvable(`${bad[0]}: ${bad[1].reason}`, pr.block);
  const get = (f: string) => {
    const v = fields.find(([k]) => k === f)?.[1];
    return v?.ok ? v.value : undefined;
  };
  const principalText = get('Principal') ?? '';
  // Lambda takes a service (`s3.amazonaws.com`), an account or ARN, or `*`; anything not a service is an AWS principal.
  const principal: PolicyPrincipal = principalText === '*' ? '*' : /\.amazonaws\.com(\.cn)?$/.test(principalText) ? { Service: principalText } : { AWS: principalText };
  const condition: Record<string, Record<string, string>> = {};
  const add = (op: string, key: string, v: string | undefined) => {
    if (v !== undefined) condition[op] = { ...(condition[op] ?? {}), [key]: v };
  };
  add('ArnLike', 'AWS:SourceArn', get('SourceArn'));
  add('StringEquals', 'AWS:SourceAccount', get('SourceAccount'));
  add('StringEquals', 'aws:PrincipalOrgID', get('PrincipalOrgID'));
  add('StringEquals', 'lambda:FunctionUrlAuthType', get('FunctionUrlAuthType'));
  const statement: PolicyStatement = {
    Sid: pr.r.logicalId,
    Effect: 'Allow',
    Principal: principal,
    Action: get('Action') ?? 'lambda:InvokeFunction',
    Resource: `\${${fn.logicalId}.Arn}`,
    ...(Object.keys(condition).length > 0 ? { Condition: condition as ConditionBlock } : {}),
  };
  return explicit(statement, ctx.prov(pr.r.range));
}

/** AWS::Lambda::Url. */
export const lambdaUrl: Adapter = (r, ctx) => {
  const rd = new Reader(ctx, r);
  const props: LambdaFunctionUrlProperties = {
    functionId: rd.get('TargetFunctionArn', toRef, { unresolvable: 'TargetFunctionArn is required' }),
    authType: rd.str('AuthType', { unresolvable: 'AuthType is required' }),
    corsAllowOrigins: rd.strs('Cors.AllowOrigins'),
  };
  return envelope(ctx, r, 'aws.lambda.function-url', explicit(r.logicalId), defaulted({}, rd.block), props);
};

