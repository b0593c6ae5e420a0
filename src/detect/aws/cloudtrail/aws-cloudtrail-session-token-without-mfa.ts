import { defineDetection } from '../../kit/detection.js';
import { callEvenViaService, paramStr, who } from '../../kit/aws-a-events.js';

export default defineDetection({
  id: 'aws-cloudtrail-session-token-without-mfa',
  kind: 'event',
  services: ['sts'],
  title: 'Session token requested without MFA',
  severity: 'low',
  provider: 'aws',
  mitre: { tactic: 'Defense Evasion', technique: 'T1550.001', techniqueName: 'Use Alternate Authentication Material: Application Access Token' },
  description: 'An IAM user asked STS for temporary credentials (GetSessionToken) without an MFA code. People use GetSessionToken to add MFA to CLI sessions; without MFA it mostly serves to turn a stolen access key into short-term credentials that survive the key being deactivated.',
  falsePositives: 'Old tools that call GetSessionToken by habit; they come from known hosts with a steady user agent.',
  references: ['https://docs.aws.amazon.com/STS/latest/APIReference/API_GetSessionToken.html'],
  match(e) {
    if (e.actor.type !== 'IAMUser' || !callEvenViaService(e, 'sts', ['GetSessionToken']) || paramStr(e, 'serialNumber')) return undefined;
    return `${who(e)} obtained a session token without MFA`;
  },
});
