/**
 * Lambda functions (runtime, role, environment, resource policy, tracing, VPC, KMS key, dead-letter target,
 * reserved concurrency) and their function URLs (auth type, CORS). A function without a resource policy has
 * `policy: null` (GetPolicy's ResourceNotFoundException means "none"); a denied GetPolicy leaves it unknown.
 */
import {
  GetFunctionConcurrencyCommand,
  GetPolicyCommand,
  LambdaClient,
  ListFunctionUrlConfigsCommand,
  ListFunctionsCommand,
  ListTagsCommand,
  type FunctionConfiguration,
} from '@aws-sdk/client-lambda';
import type { LambdaFunctionProperties, LambdaFunctionUrlProperties } from '../../../../model/aws/index.js';
import { apiValue, defineCollector, type CollectorContext } from '../collector.js';
import { forEachLimited, fromCall, live, policyFrom } from './edge/shared.js';

const LIST = 'lambda:ListFunctions';
const POLICY = 'lambda:GetPolicy';
const URLS = 'lambda:ListFunctionUrlConfigs';
const CONCURRENCY = 'lambda:GetFunctionConcurrency';
const TAGS = 'lambda:ListTags';

async function collectFunction(ctx: CollectorContext, lambda: LambdaClient, fn: FunctionConfiguration): Promise<void> {
  const arn = fn.FunctionArn!;
  const name = fn.FunctionName ?? arn;
  const about = { resourceId: arn };
  const src = ctx.prov(LIST);

  const policyCall = await ctx.call(POLICY, async () => (await lambda.send(new GetPolicyCommand({ FunctionName: arn }))).Policy, { ...about, expected: ['ResourceNotFoundException'] });
  const concurrency = await ctx.call(CONCURRENCY, () => lambda.send(new GetFunctionConcurrencyCommand({ FunctionName: arn })), about);
  const tags = await ctx.call(TAGS, () => lambda.send(new ListTagsCommand({ Resource: arn })), about);
  const urls = await ctx.paginate(URLS, async (marker) => {
    const o = await lambda.send(new ListFunctionUrlConfigsCommand({ FunctionName: arn, Marker: marker, MaxItems: 50 }));
    return { items: o.FunctionUrlConfigs ?? [], next: o.NextMarker };
  });

  const props: LambdaFunctionProperties = {
    functionName: apiValue(name, src),
    // Container-image functions have no runtime.
    runtime: apiValue(fn.Runtime ?? null, src),
    role: apiValue(fn.Role ?? '', src),
    environment: apiValue({ ...(fn.Environment?.Variables ?? {}) }, src),
    policy: policyFrom(ctx, POLICY, policyCall),
    tracingMode: apiValue(fn.TracingConfig?.Mode ?? 'PassThrough', src),
    inVpc: apiValue(Boolean(fn.VpcConfig?.VpcId) || (fn.VpcConfig?.SubnetIds?.length ?? 0) > 0, src),
    kmsKeyArn: apiValue(fn.KMSKeyArn ?? null, src),
    deadLetterTarget: apiValue(fn.DeadLetterConfig?.TargetArn ?? null, src),
    reservedConcurrency: fromCall(ctx, CONCURRENCY, concurrency, (o) => o.ReservedConcurrentExecutions ?? null),
  };
  ctx.emit(live(ctx, 'aws.lambda.function', arn, name, LIST, props, fromCall(ctx, TAGS, tags, (o) => ({ ...(o.Tags ?? {}) }))));

  if (!urls.ok) return; // recorded as a gap: the function's URLs are unknown
  const usrc = ctx.prov(URLS);
  for (const u of urls.value) {
    const urlProps: LambdaFunctionUrlProperties = {
      functionId: apiValue(arn, usrc),
      authType: apiValue(u.AuthType ?? '', usrc),
      corsAllowOrigins: apiValue([...(u.Cors?.AllowOrigins ?? [])], usrc),
    };
    // A URL belongs to the function or one of its aliases: the (possibly qualified) ARN names it.
    ctx.emit(live(ctx, 'aws.lambda.function-url', `${u.FunctionArn ?? arn}/function-url`, u.FunctionUrl ?? `${name} URL`, URLS, urlProps));
  }
}

export default defineCollector({
  id: 'lambda',
  scope: 'regional',
  apiCalls: [LIST, POLICY, CONCURRENCY, TAGS, URLS],
  permissions: [LIST, POLICY, CONCURRENCY, TAGS, URLS],
  emits: ['aws.lambda.function', 'aws.lambda.function-url'],
  async collect(ctx) {
    const lambda = ctx.client(LambdaClient);
    const fns = await ctx.paginate(LIST, async (marker) => {
      const o = await lambda.send(new ListFunctionsCommand({ Marker: marker, MaxItems: 50 }));
      return { items: o.Functions ?? [], next: o.NextMarker };
    });
    if (!fns.ok) return;
    await forEachLimited(fns.value.filter((f) => f.FunctionArn), 8, (fn) => collectFunction(ctx, lambda, fn));
  },
});
