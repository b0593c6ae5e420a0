import type { AuditEvent } from '../../../model/audit/event.js';
import { defineDetection, type DetectContext, type DetectorState } from '../../kit/detection.js';
import { BASELINE_COUNTRY, observationsOf } from '../../kit/aws-b-baseline.js';

export function firstSeenCountryState(ctx: DetectContext): DetectorState {
  // Countries reported during this run, so a new country fires once per principal.
  const seenNow = new Set<string>();
  return {
    push(e: AuditEvent) {
      const baseline = ctx.baseline;
      if (!baseline || !ctx.geo || !baseline.knows(e.actor.id)) return [];
      const o = observationsOf(e, ctx.geo).find((x) => x.kind === BASELINE_COUNTRY);
      if (!o) return [];
      const key = `${o.principal}|${o.value}`;
      if (seenNow.has(key) || baseline.seen(o.principal, o.kind, o.value)) return [];
      seenNow.add(key);
      return [{ message: `${e.actor.name} made a successful ${e.action} from ${o.value} (${e.sourceIp}), a country not seen for this principal before`, events: [e] }];
    },
    flush: () => [],
  };
}

export default defineDetection({
  id: 'aws-cloudtrail-first-seen-country',
  kind: 'stateful',
  title: 'A principal was used from a country it has never been used from',
  severity: 'low',
  provider: 'aws',
  mitre: { tactic: 'Initial Access', technique: 'T1078.004', techniqueName: 'Valid Accounts: Cloud Accounts' },
  description: 'A successful sign-in or API call by a principal the baseline knows, from a country (by offline geolocation of the source address) the baseline has never recorded for it. Principals new to the baseline, private addresses and AWS services acting for the principal are not judged. Silent without a baseline or a geolocation database.',
  falsePositives: 'Travel, a new VPN exit, or a workload moved to another cloud region. Combine with other signals (new user agent, sensitive actions) before acting.',
  references: ['https://docs.aws.amazon.com/guardduty/latest/ug/guardduty_finding-types-iam.html'],
  create: firstSeenCountryState,
});
