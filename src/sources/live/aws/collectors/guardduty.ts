/**
 * GuardDuty in a region: one resource per detector, or, when the region has none, one resource with
 * `enabled` false (AWS allows one detector per account and region), with the status of each protection plan
 * and its unarchived high-severity findings.
 */
import { GetDetectorCommand, GetFindingsCommand, GuardDutyClient, ListDetectorsCommand, ListFindingsCommand, type Finding } from '@aws-sdk/client-guardduty';
import { defaulted, type Value } from '../../../../model/core/index.js';
import type { GuardDutyDetectorProperties, GuardDutyFindingSummary } from '../../../../model/aws/index.js';
import { apiUnknown, apiValue, defineCollector, type CollectorContext } from '../collector.js';
import { forEachLimited, fromCall, liveResource } from './monitoring/shared.js';

const LIST = 'guardduty:ListDetectors';
const FINDINGS = 'guardduty:ListFindings';
const GET_FINDINGS = 'guardduty:GetFindings';
/** GuardDuty's "high" band starts at 7.0. */
const HIGH = 7;

/** The detector's unarchived high-severity findings: ids first (paginated), then their details, 50 at a time. */
async function highSeverityFindings(ctx: CollectorContext, gd: GuardDutyClient, id: string): Promise<Value<readonly GuardDutyFindingSummary[]>> {
  const src = ctx.prov(GET_FINDINGS);
  const ids = await ctx.paginate(FINDINGS, async (token) => {
    const o = await gd.send(new ListFindingsCommand({ DetectorId: id, NextToken: token, MaxResults: 50, FindingCriteria: { Criterion: { severity: { GreaterThanOrEqual: HIGH }, 'service.archived': { Equals: ['false'] } } } }));
    return { items: o.FindingIds ?? [], next: o.NextToken };
  });
  if (!ids.ok) return apiUnknown(ids, ctx.prov(FINDINGS));
  const out: GuardDutyFindingSummary[] = [];
  for (let i = 0; i < ids.value.length; i += 50) {
    const got = await ctx.call(GET_FINDINGS, () => gd.send(new GetFindingsCommand({ DetectorId: id, FindingIds: ids.value.slice(i, i + 50) })), { resourceId: id });
    if (!got.ok) return apiUnknown(got, src);
    out.push(...(got.value.Findings ?? []).flatMap(summary));
  }
  return apiValue(out, src);
}

function summary(f: Finding): GuardDutyFindingSummary[] {
  if (!f.Id || f.Severity === undefined || !f.CreatedAt) return [];
  return [{ id: f.Id, type: f.Type ?? 'unknown', severity: f.Severity, createdAt: new Date(f.CreatedAt).toISOString(), resourceType: f.Resource?.ResourceType ?? null }];
}

export default defineCollector({
  id: 'guardduty',
  scope: 'regional',
  apiCalls: [LIST, 'guardduty:GetDetector', FINDINGS, GET_FINDINGS],
  permissions: [LIST, 'guardduty:GetDetector', FINDINGS, GET_FINDINGS],
  emits: ['aws.guardduty.detector'],
  async collect(ctx) {
    const gd = ctx.client(GuardDutyClient);
    const base = `arn:aws:guardduty:${ctx.region}:${ctx.account}:detector`;
    const src = ctx.prov(LIST);
    const ids = await ctx.paginate(LIST, async (token) => {
      const o = await gd.send(new ListDetectorsCommand({ NextToken: token, MaxResults: 50 }));
      return { items: o.DetectorIds ?? [], next: o.NextToken };
    });
    if (!ids.ok) {
      const props: GuardDutyDetectorProperties = { enabled: apiUnknown(ids, src), findingPublishingFrequency: apiUnknown(ids, src), features: apiUnknown(ids, src), highSeverityFindings: apiUnknown(ids, src) };
      ctx.emit(liveResource(ctx, 'aws.guardduty.detector', `${base}/(unknown)`, 'GuardDuty', LIST, props));
      return;
    }
    if (ids.value.length === 0) {
      const props: GuardDutyDetectorProperties = {
        enabled: apiValue(false, src),
        findingPublishingFrequency: defaulted('SIX_HOURS', src, 'no detector: a new detector publishes every six hours'),
        features: apiValue({}, src),
        highSeverityFindings: apiValue([], src),
      };
      ctx.emit(liveResource(ctx, 'aws.guardduty.detector', `${base}/(none)`, '(no detector)', LIST, props));
      return;
    }
    await forEachLimited(ids.value, 4, async (id) => {
      const d = await ctx.call('guardduty:GetDetector', () => gd.send(new GetDetectorCommand({ DetectorId: id })), { resourceId: id });
      // A suspended detector keeps its findings, and they still describe what happened: read them either way.
      const findings = await highSeverityFindings(ctx, gd, id);
      const props: GuardDutyDetectorProperties = {
        enabled: fromCall(ctx, 'guardduty:GetDetector', d, (o) => o.Status === 'ENABLED'),
        findingPublishingFrequency: fromCall(ctx, 'guardduty:GetDetector', d, (o) => o.FindingPublishingFrequency ?? 'SIX_HOURS'),
        features: fromCall(ctx, 'guardduty:GetDetector', d, (o) => Object.fromEntries((o.Features ?? []).flatMap((f) => (f.Name ? [[f.Name, f.Status ?? 'DISABLED']] : [])))),
        highSeverityFindings: findings,
      };
      const tags = fromCall(ctx, 'guardduty:GetDetector', d, (o) => ({ ...(o.Tags ?? {}) }));
      ctx.emit(liveResource(ctx, 'aws.guardduty.detector', `${base}/${id}`, id, LIST, props, tags));
    });
  },
});
