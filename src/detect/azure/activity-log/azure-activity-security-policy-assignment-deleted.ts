import { defineDetection } from '../../kit/detection.js';
import { azWho, completedOp, segmentAfter } from '../../kit/azure-events.js';

/** Names of assignments that carry security baselines: Defender's default, benchmarks and regulatory sets. */
const SECURITY = /securitycenter|\basc\b|asc[-_ ]|defender|security|benchmark|mcsb|\bcis\b|cis[-_ ]|nist|iso[-_ ]?27001|pci|hipaa|fedramp|soc[-_ ]?2/i;

export default defineDetection({
  id: 'azure-activity-security-policy-assignment-deleted',
  kind: 'event',
  title: 'Security policy assignment deleted',
  severity: 'medium',
  provider: 'azure',
  mitre: { tactic: 'Defense Evasion', technique: 'T1562.001', techniqueName: 'Impair Defenses: Disable or Modify Tools' },
  description: 'A policy assignment whose name marks it as a security baseline (Defender for Cloud\'s SecurityCenterBuiltIn, the cloud security benchmark, CIS, NIST, PCI, ISO 27001...) was deleted: its audit and deny effects stop. Other assignments are not judged.',
  falsePositives: 'Replacing an initiative with a newer version. Check a new assignment was created at the same scope.',
  references: ['https://learn.microsoft.com/azure/governance/policy/concepts/assignment-structure', 'https://learn.microsoft.com/azure/defender-for-cloud/security-policy-concept'],
  match(e) {
    if (!completedOp(e, 'Microsoft.Authorization/policyAssignments/delete')) return undefined;
    const name = segmentAfter(e, 'policyAssignments');
    if (!name || !SECURITY.test(name)) return undefined;
    return `${azWho(e)} deleted security policy assignment ${name}`;
  },
});
