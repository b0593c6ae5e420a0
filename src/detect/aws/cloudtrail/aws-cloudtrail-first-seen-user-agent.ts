import type { AuditEvent } from '../../../model/audit/event.js';
import { defineDetection, type DetectContext, type DetectorState } from '../../kit/detection.js';
import { BASELINE_USER_AGENT, observationsOf } from '../../kit/aws-b-baseline.js';

export function firstSeenUserAgentState(ctx: DetectContext): DetectorState {
  const seenNow = new Set<string>();
  return {
    push(e: AuditEvent) {
      const baseline = ctx.baseline;
      if (!baseline || !e.userAgent || !baseline.knows(e.actor.id)) return [];
      // Geolocation is not needed for the user agent; leaving it out skips the lookup.
      const o = observationsOf(e, undefined).find((x) => x.kind === BASELINE_USER_AGENT);
      if (!o) return [];
      const key = `${o.principal}|${o.value}`;
      if (seenNow.has(key) || baseline.seen(o.principal, o.kind, o.value)) return [];
      seenNow.add(key);
      return [{ message: `${e.actor.name} used ${o.value} for the first time (${e.action}${e.sourceIp ? ` from ${e.sourceIp}` : ''})`, events: [e] }];
    },
    flush: () => [],
  };
}

export default defineDetection({
  id: 'aws-cloudtrail-first-seen-user-agent',
  kind: 'stateful',
  title: 'A principal used a tool it has never used before',
  severity: 'info',
  provider: 'aws',
  mitre: { tactic: 'Initial Access', technique: 'T1078.004', techniqueName: 'Valid Accounts: Cloud Accounts' },
  description: 'A successful call by a principal the baseline knows, with a user-agent family (aws-cli, boto3, terraform, browser, curl, a scanner, ...) never recorded for it. A workload role that always used one SDK suddenly calling from the CLI or an offensive tool suggests its credentials were taken. Versions do not count; silent without a baseline.',
  falsePositives: 'Tool upgrades that change the product name, engineers trying a new tool. Low value alone; useful next to other detections on the same principal.',
  references: ['https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-record-contents.html'],
  create: firstSeenUserAgentState,
});
