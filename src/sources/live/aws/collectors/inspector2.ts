/**
 * Amazon Inspector: the account's scanning status per resource type (emitted once per account and region,
 * also when Inspector is off) and its active findings. Each finding names its resource with the uid the EC2,
 * ECR and Lambda collectors use, so a CVE joins the exposed instance, image or function.
 */
import { BatchGetAccountStatusCommand, Inspector2Client, ListFindingsCommand, type Finding } from '@aws-sdk/client-inspector2';
import type { Inspector2CoverageProperties } from '../../../../model/aws/operations.js';
import { apiUnknown, apiValue, defineCollector, type CollectorContext, liveOrigin, noTags } from '../collector.js';
import { emitFinding } from './inspector2/finding.js';

const STATUS = 'inspector2:BatchGetAccountStatus';
const FINDINGS = 'inspector2:ListFindings';

/** Emits the coverage resource; returns whether findings are worth listing (enabled, or status unknown). */
async function coverage(ctx: CollectorContext, client: Inspector2Client): Promise<boolean> {
  const r = await ctx.call(STATUS, () => client.send(new BatchGetAccountStatusCommand({})));
  const src = ctx.prov(STATUS);
  const mine = r.ok ? r.value.accounts?.find((a) => a.accountId === ctx.account) : undefined;
  const known = r.ok && mine !== undefined;
  const on = (s: { status?: string } | undefined) => s?.status === 'ENABLED';
  const val = (read: () => boolean) => (known ? apiValue(read(), src) : apiUnknown<boolean>(r.ok ? { reason: 'NotReturned', message: 'the account was not in the answer' } : r, src));
  const properties: Inspector2CoverageProperties = {
    enabled: val(() => on(mine?.state)),
    ec2Scanning: val(() => on(mine?.resourceState?.ec2)),
    ecrScanning: val(() => on(mine?.resourceState?.ecr)),
    lambdaScanning: val(() => on(mine?.resourceState?.lambda)),
    lambdaCodeScanning: val(() => on(mine?.resourceState?.lambdaCode)),
  };
  ctx.emit({
    uid: `arn:aws:inspector2:${ctx.region}:${ctx.account}:coverage`,
    type: 'aws.inspector2.coverage',
    provider: 'aws',
    account: ctx.account,
    region: ctx.region,
    name: `inspector2 ${ctx.region}`,
    tags: noTags(src),
    properties,
    origin: liveOrigin(STATUS),
    source: src,
  });
  return !known || on(mine?.state);
}

export default defineCollector({
  id: 'inspector2',
  scope: 'regional',
  apiCalls: [STATUS, FINDINGS],
  permissions: [STATUS, FINDINGS],
  emits: ['aws.inspector2.coverage', 'vulnerability.finding'],
  async collect(ctx) {
    const client = ctx.client(Inspector2Client);
    if (!(await coverage(ctx, client))) return;
    const findings = await ctx.paginate<Finding>(FINDINGS, async (nextToken) => {
      const out = await client.send(new ListFindingsCommand({ nextToken, maxResults: 100, filterCriteria: { findingStatus: [{ comparison: 'EQUALS', value: 'ACTIVE' }] } }));
      return { items: out.findings ?? [], next: out.nextToken };
    });
    if (!findings.ok) return;
    for (const f of findings.value) emitFinding(ctx, f, FINDINGS);
  },
});
