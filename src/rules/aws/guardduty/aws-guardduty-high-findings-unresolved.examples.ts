import { defineExamples, modelFixture, v } from '../../kit/index.js';
import { unresolvable } from '../../../model/core/index.js';
import type { GuardDutyDetectorProperties, GuardDutyFindingSummary } from '../../../model/aws/monitoring.js';

const detector = (p: Partial<GuardDutyDetectorProperties>) =>
  modelFixture('aws.guardduty.detector', 'eu-west-1', { enabled: v(true), findingPublishingFrequency: v('FIFTEEN_MINUTES'), features: v({}), highSeverityFindings: v([]), ...p }, { account: '111122223333', region: 'eu-west-1' });

const finding = (createdAt: string, type = 'UnauthorizedAccess:EC2/SSHBruteForce'): GuardDutyFindingSummary => ({ id: `f-${createdAt}`, type, severity: 8, createdAt, resourceType: 'Instance' });

// The examples test evaluates at 2026-06-01.
export default defineExamples({
  model: {
    good: [detector({}), detector({ highSeverityFindings: v([finding('2026-05-30T10:00:00.000Z')]) })],
    bad: [detector({ highSeverityFindings: v([finding('2026-05-30T10:00:00.000Z'), finding('2026-04-02T10:00:00.000Z', 'CryptoCurrency:EC2/BitcoinTool.B!DNS')]) })],
    unknown: [detector({ highSeverityFindings: unresolvable('AccessDenied on guardduty:ListFindings') })],
  },
});
