/**
 * AWS Lambda (restJson1): function listing, resource policies, function URLs, tags and reserved concurrency.
 * Functions live in `regions[<region>].lambda.Functions` in the FunctionConfiguration shape, each carrying
 * `Policy` (the GetPolicy document, string or object), `FunctionUrlConfigs`, `Tags` and
 * `ReservedConcurrentExecutions` (docs/simcloud/edge-compute.md).
 */
import { regionalSection } from '../world/state.js';
import { defineService, SimError, type CallContext } from '../service.js';
import { field, omit, pageOf, stableId } from './edge/common.js';

export interface LambdaFunctionState {
  FunctionName: string;
  FunctionArn?: string;
  Runtime?: string;
  Role?: string;
  Handler?: string;
  Environment?: { Variables?: Record<string, string> };
  TracingConfig?: { Mode?: string };
  VpcConfig?: { SubnetIds?: string[]; SecurityGroupIds?: string[]; VpcId?: string };
  KMSKeyArn?: string;
  DeadLetterConfig?: { TargetArn?: string };
  /** The resource-based policy (GetPolicy), as a JSON string or object; absent = no policy. */
  Policy?: string | Record<string, unknown>;
  /** Function URLs (alias-qualified ones name their `FunctionArn`). */
  FunctionUrlConfigs?: Record<string, unknown>[];
  Tags?: Record<string, string>;
  ReservedConcurrentExecutions?: number;
  [k: string]: unknown;
}

export interface LambdaSection {
  Functions: LambdaFunctionState[];
}

const WORLD_ONLY = ['Policy', 'FunctionUrlConfigs', 'Tags', 'ReservedConcurrentExecutions'];

function section(ctx: CallContext): LambdaSection {
  const s = regionalSection<LambdaSection>(ctx.account, ctx.region, 'lambda', () => ({ Functions: [] }));
  s.Functions ??= [];
  return s;
}

function arnOf(fn: LambdaFunctionState, ctx: CallContext): string {
  return fn.FunctionArn ?? `arn:aws:lambda:${ctx.region}:${ctx.account.id}:function:${fn.FunctionName}`;
}

/** FunctionName may be a name, an ARN or a partial ARN, optionally qualified (`name:alias`). */
function find(ctx: CallContext, ref: string | undefined): LambdaFunctionState {
  const wanted = decodeURIComponent(ref ?? '');
  const name = wanted.startsWith('arn:') ? (wanted.split(':')[6] ?? '') : wanted.includes(':function:') ? (wanted.split(':function:')[1] ?? '').split(':')[0]! : wanted.split(':')[0]!;
  const fn = section(ctx).Functions.find((f) => f.FunctionName === name);
  if (!fn) throw new SimError('ResourceNotFoundException', `Function not found: arn:aws:lambda:${ctx.region}:${ctx.account.id}:function:${name}`, 404);
  return fn;
}

function config(fn: LambdaFunctionState, ctx: CallContext): Record<string, unknown> {
  return {
    ...omit(fn, WORLD_ONLY),
    FunctionArn: arnOf(fn, ctx),
    Version: fn.Version ?? '$LATEST',
    LastModified: fn.LastModified ?? '2024-01-01T00:00:00.000+0000',
    TracingConfig: fn.TracingConfig ?? { Mode: 'PassThrough' },
    PackageType: fn.PackageType ?? 'Zip',
  };
}

function urlConfigs(fn: LambdaFunctionState, ctx: CallContext): Record<string, unknown>[] {
  const arn = arnOf(fn, ctx);
  return (fn.FunctionUrlConfigs ?? []).map((u) => ({
    FunctionUrl: `https://${stableId(32, arn, String(u.FunctionArn ?? ''))}.lambda-url.${ctx.region}.on.aws/`,
    FunctionArn: arn,
    CreationTime: '2024-01-01T00:00:00.000Z',
    LastModifiedTime: '2024-01-01T00:00:00.000Z',
    InvokeMode: 'BUFFERED',
    ...u,
  }));
}

const fnName = (input: Record<string, unknown>, ctx: CallContext) => field(input, 'FunctionName', ctx.http.path);

export default defineService({
  signingName: 'lambda',
  protocol: 'restJson1',
  routes: [
    { method: 'GET', path: '/2015-03-31/functions', operation: 'ListFunctions' },
    { method: 'GET', path: '/2015-03-31/functions/{FunctionName}/configuration', operation: 'GetFunctionConfiguration' },
    { method: 'GET', path: '/2015-03-31/functions/{FunctionName}/policy', operation: 'GetPolicy' },
    { method: 'GET', path: '/2021-10-31/functions/{FunctionName}/url', operation: 'GetFunctionUrlConfig' },
    { method: 'GET', path: '/2021-10-31/functions/{FunctionName}/urls', operation: 'ListFunctionUrlConfigs' },
    { method: 'GET', path: '/2017-03-31/tags/{Resource}', operation: 'ListTags' },
    { method: 'GET', path: '/2019-09-30/functions/{FunctionName}/concurrency', operation: 'GetFunctionConcurrency' },
  ],
  operations: {
    ListFunctions(input, ctx) {
      const { page, next } = pageOf(section(ctx).Functions, field(input, 'Marker', ctx.http.query), field(input, 'MaxItems', ctx.http.query), { max: 50, badToken: 'InvalidParameterValueException' });
      return { Functions: page.map((f) => config(f, ctx)), NextMarker: next };
    },
    GetFunctionConfiguration(input, ctx) {
      return config(find(ctx, fnName(input, ctx)), ctx);
    },
    GetPolicy(input, ctx) {
      const fn = find(ctx, fnName(input, ctx));
      if (fn.Policy === undefined || fn.Policy === null) throw new SimError('ResourceNotFoundException', 'The resource you requested does not exist.', 404);
      const Policy = typeof fn.Policy === 'string' ? fn.Policy : JSON.stringify(fn.Policy);
      return { Policy, RevisionId: stableId(8, Policy) };
    },
    GetFunctionUrlConfig(input, ctx) {
      const fn = find(ctx, fnName(input, ctx));
      const qualifier = field(input, 'Qualifier', ctx.http.query);
      const arn = arnOf(fn, ctx);
      const hit = urlConfigs(fn, ctx).find((u) => (qualifier ? u.FunctionArn === `${arn}:${qualifier}` : u.FunctionArn === arn));
      if (!hit) throw new SimError('ResourceNotFoundException', 'The resource you requested does not exist.', 404);
      return hit;
    },
    ListFunctionUrlConfigs(input, ctx) {
      const fn = find(ctx, fnName(input, ctx));
      const { page, next } = pageOf(urlConfigs(fn, ctx), field(input, 'Marker', ctx.http.query), field(input, 'MaxItems', ctx.http.query), { max: 50, badToken: 'InvalidParameterValueException' });
      return { FunctionUrlConfigs: page, NextMarker: next };
    },
    ListTags(input, ctx) {
      const fn = find(ctx, field(input, 'Resource', ctx.http.path));
      return { Tags: fn.Tags ?? {} };
    },
    GetFunctionConcurrency(input, ctx) {
      const fn = find(ctx, fnName(input, ctx));
      return fn.ReservedConcurrentExecutions === undefined ? {} : { ReservedConcurrentExecutions: fn.ReservedConcurrentExecutions };
    },
  },
});
