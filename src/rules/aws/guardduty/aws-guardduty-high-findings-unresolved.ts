import { isKnown } from '../../../model/core/index.js';
import { defineRule, evidence, fail, pass, unknown } from '../../kit/index.js';

/** A high-severity finding should be triaged (fixed, or archived as expected) within a week. */
const MAX_AGE_DAYS = 7;
const SHOWN = 10;

export default defineRule({
  id: 'aws-guardduty-high-findings-unresolved',
  title: `GuardDuty high-severity findings left open for more than ${MAX_AGE_DAYS} days`,
  severity: 'high',
  provider: 'aws',
  service: 'guardduty',
  resourceType: 'aws.guardduty.detector',
  description: `A detector should hold no unarchived finding of high severity (7.0 or more) older than ${MAX_AGE_DAYS} days: each one is either a live incident or noise to suppress. Judged on live scans.`,
  risk: 'An open high-severity finding is GuardDuty saying a credential is being abused, an instance talks to a command-and-control server, or data leaves the account; left for weeks it means nobody is watching, which attackers count on.',
  remediation: {
    cli: 'aws guardduty list-findings --detector-id DETECTOR_ID --finding-criteria \'{"Criterion":{"severity":{"Gte":7},"service.archived":{"Eq":["false"]}}}\'  # investigate each, then archive or add a suppression rule for expected activity',
    console: 'GuardDuty > Findings: filter Severity High, triage each finding (remediate, or archive / create a suppression rule for expected behaviour), and route new ones to an on-call channel with EventBridge.',
  },
  references: ['https://docs.aws.amazon.com/guardduty/latest/ug/guardduty_findings-severity.html', 'https://docs.aws.amazon.com/guardduty/latest/ug/guardduty_remediate.html'],
  evaluate(detector, ctx) {
    if (detector.origin.kind === 'iac') return undefined;
    const findings = detector.properties.highSeverityFindings;
    const ev = evidence('highSeverityFindings', findings);
    if (!isKnown(findings)) return unknown(`the detector's findings could not be read: ${findings.reason ?? 'unresolvable'}`, ev);
    const cutoff = ctx.now.getTime() - MAX_AGE_DAYS * 86_400_000;
    const stale = findings.value.filter((f) => Date.parse(f.createdAt) < cutoff).sort((a, b) => b.severity - a.severity);
    if (stale.length === 0) return pass(`no high-severity finding is older than ${MAX_AGE_DAYS} days (${findings.value.length} open in all)`, ev);
    const shown = stale.slice(0, SHOWN).map((f) => `${f.type} (severity ${f.severity}, since ${f.createdAt.slice(0, 10)})`);
    const more = stale.length > SHOWN ? ` and ${stale.length - SHOWN} more` : '';
    return fail(`${stale.length} high-severity finding(s) open for more than ${MAX_AGE_DAYS} days: ${shown.join('; ')}${more}`, ev);
  },
});
