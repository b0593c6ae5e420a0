/**
 * AWS Secrets Manager secrets (metadata only, never values): rotation, its schedule, the KMS key and the
 * resource policy. The rotation period comes from `AutomaticallyAfterDays`, or a `rate(N days)` schedule;
 * a cron schedule has no fixed period and gives null.
 */
import { GetResourcePolicyCommand, ListSecretsCommand, SecretsManagerClient, type SecretListEntry } from '@aws-sdk/client-secrets-manager';
import type { SecretProperties } from '../../../../model/aws/data.js';
import { apiValue, defineCollector, liveOrigin } from '../collector.js';
import { DETAIL_CONCURRENCY, field, iso, mapLimit, policyFromCall, tagMap } from './data/values.js';

const LIST = 'secretsmanager:ListSecrets';
const POLICY = 'secretsmanager:GetResourcePolicy';

/** Days between rotations, when the schedule says it. */
export function rotationDays(s: SecretListEntry): number | null {
  if (!s.RotationEnabled) return null;
  const r = s.RotationRules;
  if (r?.AutomaticallyAfterDays !== undefined) return r.AutomaticallyAfterDays;
  const m = /^rate\((\d+)\s+days?\)$/.exec(r?.ScheduleExpression?.trim() ?? '');
  return m ? Number(m[1]) : null;
}

export default defineCollector({
  id: 'secretsmanager',
  scope: 'regional',
  apiCalls: [LIST, POLICY],
  permissions: [LIST, POLICY],
  emits: ['aws.secretsmanager.secret'],
  async collect(ctx) {
    const sm = ctx.client(SecretsManagerClient);
    const list = await ctx.paginate<SecretListEntry>(LIST, async (NextToken) => {
      const out = await sm.send(new ListSecretsCommand({ NextToken, MaxResults: 100 }));
      return { items: out.SecretList ?? [], next: out.NextToken };
    });
    if (!list.ok) return;
    const src = ctx.prov(LIST);
    await mapLimit(list.value, DETAIL_CONCURRENCY, async (s) => {
      const uid = s.ARN ?? `arn:aws:secretsmanager:${ctx.region}:${ctx.account}:secret:${s.Name ?? ''}`;
      const pol = await ctx.call(POLICY, () => sm.send(new GetResourcePolicyCommand({ SecretId: uid })), { resourceId: uid });
      const properties: SecretProperties = {
        rotationEnabled: field(s.RotationEnabled, false, src),
        rotationDays: apiValue(rotationDays(s), src),
        // No KmsKeyId: the secret is encrypted with the AWS-managed key aws/secretsmanager.
        kmsKeyId: apiValue(s.KmsKeyId ?? null, src),
        policy: policyFromCall(pol, ctx.prov(POLICY), (v) => v?.ResourcePolicy),
        createdAt: apiValue(iso(s.CreatedDate), src),
        lastAccessedAt: apiValue(iso(s.LastAccessedDate), src),
      };
      ctx.emit({ uid, type: 'aws.secretsmanager.secret', provider: 'aws', account: ctx.account, region: ctx.region, name: s.Name ?? uid, tags: apiValue(tagMap(s.Tags), src), properties, origin: liveOrigin(LIST), source: src });
    });
  },
});
