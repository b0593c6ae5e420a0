import type { AuditEvent } from '../../../model/audit/event.js';
import { defineDetection, type DetectContext, type Signal } from '../../kit/detection.js';
import { gcpWho, okMethod, reqValue, resourceOf } from '../../kit/gcp-events.js';

/** Baseline kind: for a service account (the baseline's principal), the principals seen impersonating it. */
export const IMPERSONATED_BY = 'gcp-impersonated-by';

export default defineDetection({
  id: 'gcp-audit-sa-impersonation-new-principal',
  kind: 'stateful',
  title: 'Service account impersonated by a principal not seen doing so before',
  severity: 'medium',
  provider: 'gcp',
  mitre: { tactic: 'Privilege Escalation', technique: 'T1078.004', techniqueName: 'Valid Accounts: Cloud Accounts' },
  description: `A principal minted an access or ID token for a service account (iamcredentials GenerateAccessToken, GenerateIdToken) that it was not seen impersonating before. "Before" is the stored baseline (kind ${IMPERSONATED_BY}) when it knows the service account; otherwise the earlier events of this run, so the first impersonator of each account in a run is learned, not reported.`,
  falsePositives: 'A new pipeline or engineer given Service Account Token Creator on purpose. Check the grant that allowed it.',
  references: ['https://cloud.google.com/iam/docs/service-account-impersonation', 'https://cloud.google.com/iam/docs/audit-logging/examples-service-accounts'],
  create(ctx: DetectContext) {
    const seen = new Map<string, Set<string>>();
    return {
      push(e: AuditEvent): Signal[] {
        if (!okMethod(e, 'GenerateAccessToken', 'GenerateIdToken')) return [];
        // request.name carries the account's email; resourceName often only its numeric unique id.
        const name = reqValue(e, 'name');
        const sa = (typeof name === 'string' ? name : resourceOf(e)).split('/').pop()!;
        const caller = e.actor.id;
        if (caller === sa) return [];
        let inRun = seen.get(sa);
        if (!inRun) seen.set(sa, (inRun = new Set()));
        const baselineKnows = ctx.baseline?.knows(sa) ?? false;
        const seenBefore = inRun.has(caller) || (baselineKnows && ctx.baseline!.seen(sa, IMPERSONATED_BY, caller));
        const hasReference = baselineKnows || inRun.size > 0;
        inRun.add(caller);
        if (seenBefore || !hasReference) return [];
        return [{ message: `${gcpWho(e)} impersonated ${sa} for the first time`, events: [e] }];
      },
      flush: () => [],
    };
  },
});
