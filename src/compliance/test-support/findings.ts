import type { Finding } from '../../findings/finding.js';
import { buildReport, type ScanReport } from '../../findings/report.js';

/** A live AWS finding for compliance tests: give the rule, status and resource; the rest is filled in. */
export function finding(ruleId: string, status: Finding['status'], resourceId: string, over: Partial<Finding> = {}): Finding {
  return {
    ruleId,
    title: `Title of ${ruleId}`,
    severity: 'high',
    status,
    resource: { id: resourceId, type: 'aws.iam.root', name: resourceId.split(/[:/]/).pop() ?? resourceId, provider: 'aws', account: '111122223333', region: 'us-east-1' },
    source: { kind: 'api', call: 'iam:GetAccountSummary', account: '111122223333' },
    message: `${ruleId} is ${status} on ${resourceId}`,
    evidence: [],
    description: `Why ${ruleId} matters.`,
    remediation: { cli: 'aws iam do-something' },
    references: [],
    frameworks: [],
    fingerprint: `${ruleId}|${resourceId}|${status}`,
    ...over,
  };
}

/** A finished live scan report holding `findings`. */
export function scanReport(findings: readonly Finding[]): ScanReport {
  return buildReport({
    version: '0.1.0',
    id: 'scan-compliance-1',
    startedAt: '2026-11-28T10:00:00.000Z',
    finishedAt: '2026-11-28T10:01:00.000Z',
    sources: ['aws:111122223333'],
    kind: 'live',
    findings,
  });
}
