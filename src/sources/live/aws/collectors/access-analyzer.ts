/**
 * IAM Access Analyzer in a region: one resource per analyzer with the count and resource types of its
 * ACTIVE findings, or one resource with `exists` false when the region has no analyzer.
 */
import { AccessAnalyzerClient, ListAnalyzersCommand, ListFindingsV2Command, type AnalyzerSummary } from '@aws-sdk/client-accessanalyzer';
import { defaulted } from '../../../../model/core/index.js';
import type { AccessAnalyzerProperties } from '../../../../model/aws/index.js';
import { apiUnknown, apiValue, defineCollector, type CollectorContext } from '../collector.js';
import { forEachLimited, fromCall, liveResource } from './monitoring/shared.js';

const LIST = 'access-analyzer:ListAnalyzers';
const FINDINGS = 'access-analyzer:ListFindingsV2';

async function collectAnalyzer(ctx: CollectorContext, aa: AccessAnalyzerClient, a: AnalyzerSummary & { arn: string }): Promise<void> {
  const src = ctx.prov(LIST);
  // Findings of an inactive analyzer are stale; only an ACTIVE analyzer's findings describe the account now.
  const findings = await ctx.paginate(FINDINGS, async (token) => {
    const o = await aa.send(new ListFindingsV2Command({ analyzerArn: a.arn, filter: { status: { eq: ['ACTIVE'] } }, nextToken: token, maxResults: 100 }));
    return { items: o.findings ?? [], next: o.nextToken };
  });
  const props: AccessAnalyzerProperties = {
    exists: apiValue(true, src),
    analyzerType: apiValue(a.type ?? null, src),
    status: apiValue(a.status ?? null, src),
    activeFindings: fromCall(ctx, FINDINGS, findings, (list) => list.length),
    activeFindingResourceTypes: fromCall(ctx, FINDINGS, findings, (list) => [...new Set(list.flatMap((f) => (f.resourceType ? [f.resourceType] : [])))].sort()),
  };
  ctx.emit(liveResource(ctx, 'aws.accessanalyzer.analyzer', a.arn, a.name ?? a.arn, LIST, props, apiValue({ ...(a.tags ?? {}) }, src)));
}

export default defineCollector({
  id: 'access-analyzer',
  scope: 'regional',
  apiCalls: [LIST, FINDINGS],
  permissions: [LIST, FINDINGS],
  emits: ['aws.accessanalyzer.analyzer'],
  async collect(ctx) {
    const aa = ctx.client(AccessAnalyzerClient);
    const src = ctx.prov(LIST);
    const base = `arn:aws:access-analyzer:${ctx.region}:${ctx.account}:analyzer`;
    const analyzers = await ctx.paginate(LIST, async (token) => {
      const o = await aa.send(new ListAnalyzersCommand({ nextToken: token, maxResults: 100 }));
      return { items: o.analyzers ?? [], next: o.nextToken };
    });
    if (!analyzers.ok) {
      const u = apiUnknown<never>(analyzers, src);
      const props: AccessAnalyzerProperties = { exists: u, analyzerType: u, status: u, activeFindings: u, activeFindingResourceTypes: u };
      ctx.emit(liveResource(ctx, 'aws.accessanalyzer.analyzer', `${base}/(unknown)`, 'Access Analyzer', LIST, props));
      return;
    }
    const list = analyzers.value.filter((a): a is AnalyzerSummary & { arn: string } => a.arn !== undefined);
    if (list.length === 0) {
      const props: AccessAnalyzerProperties = {
        exists: apiValue(false, src),
        analyzerType: apiValue(null, src),
        status: apiValue(null, src),
        activeFindings: defaulted(0, src, 'no analyzer, so no findings'),
        activeFindingResourceTypes: defaulted([], src, 'no analyzer, so no findings'),
      };
      ctx.emit(liveResource(ctx, 'aws.accessanalyzer.analyzer', `${base}/(none)`, '(no analyzer)', LIST, props));
      return;
    }
    await forEachLimited(list, 4, (a) => collectAnalyzer(ctx, aa, a));
  },
});
