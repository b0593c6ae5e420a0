import type { Finding } from '../../../findings/finding.js';
import type { ScanReport } from '../../../findings/report.js';
import { FIXTURE_FINDINGS, fixtureReport } from '../../test-support/fixture.js';

/** Attacker-controlled strings as a cloud account can hold them (resource names, tags, messages). */
export const HOSTILE_NAME = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">';

/** The fixture report plus a finding whose resource name, message and evidence try to inject markup. */
export function hostileReport(): ScanReport {
  const r = fixtureReport();
  const hostile: Finding = {
    ...FIXTURE_FINDINGS[0]!,
    ruleId: 'aws-iam-root-mfa',
    fingerprint: 'fp-hostile',
    resource: { id: `arn:aws:iam::111122223333:role/${HOSTILE_NAME}`, type: 'aws.iam.role', name: HOSTILE_NAME, provider: 'aws', account: '111122223333', region: 'us-east-1' },
    message: `</td></tr></table>${HOSTILE_NAME}`,
    evidence: [{ path: 'tags.Name', value: HOSTILE_NAME, kind: 'explicit', source: { kind: 'api', call: 'iam:ListRoleTags' } }],
  };
  return { ...r, findings: [...r.findings, hostile] };
}

