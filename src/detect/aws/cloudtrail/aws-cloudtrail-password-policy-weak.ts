import { defineDetection } from '../../kit/detection.js';
import { callEvenViaService, param, who } from '../../kit/aws-a-events.js';

/** CIS AWS Foundations: passwords of at least 14 characters, no reuse of the last 24. */
const MIN_LENGTH = 14;
const MIN_REUSE = 24;
/** What IAM applies to a parameter left out of UpdateAccountPasswordPolicy. */
const DEFAULT_LENGTH = 8;

function num(v: unknown): number | undefined {
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
  return Number.isFinite(n) ? n : undefined;
}

export default defineDetection({
  id: 'aws-cloudtrail-password-policy-weak',
  kind: 'event',
  services: ['iam'],
  actions: ['UpdateAccountPasswordPolicy'],
  title: 'Account password policy set below the CIS benchmark',
  severity: 'low',
  provider: 'aws',
  mitre: { tactic: 'Credential Access', technique: 'T1556', techniqueName: 'Modify Authentication Process' },
  description: `The account password policy was replaced (UpdateAccountPasswordPolicy) with one that asks for fewer than ${MIN_LENGTH} characters or remembers fewer than ${MIN_REUSE} old passwords. Parameters left out fall back to IAM's defaults (${DEFAULT_LENGTH} characters, no reuse check), so a partial update weakens the policy too.`,
  falsePositives: 'Organizations that follow a different standard on purpose; or whose people all sign in through an identity provider, where the IAM password policy matters little.',
  references: ['https://docs.aws.amazon.com/IAM/latest/APIReference/API_UpdateAccountPasswordPolicy.html', 'https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html'],
  match(e) {
    if (!callEvenViaService(e, 'iam', ['UpdateAccountPasswordPolicy'])) return undefined;
    const length = num(param(e, 'minimumPasswordLength')) ?? DEFAULT_LENGTH;
    const reuse = num(param(e, 'passwordReusePrevention')) ?? 0;
    const gaps: string[] = [];
    if (length < MIN_LENGTH) gaps.push(`minimum length ${length} (< ${MIN_LENGTH})`);
    if (reuse < MIN_REUSE) gaps.push(reuse === 0 ? 'no password reuse prevention' : `reuse prevention of ${reuse} (< ${MIN_REUSE})`);
    return gaps.length > 0 ? `${who(e)} set a password policy with ${gaps.join(' and ')}` : undefined;
  },
});
