import { defineDetection } from '../../kit/detection.js';
import { paramStr, succeeded } from '../../kit/aws-a-events.js';

/**
 * Identity providers anyone can get a token from with a free account. A role that trusts one directly
 * (rather than through Cognito) is open to the whole internet unless its trust checks the audience.
 */
const PUBLIC_PROVIDERS = ['accounts.google.com', 'graph.facebook.com', 'www.amazon.com', 'appleid.apple.com'];

export default defineDetection({
  id: 'aws-cloudtrail-web-identity-public-provider',
  kind: 'event',
  services: ['sts'],
  title: 'Role assumed with a token from a public social identity provider',
  severity: 'medium',
  provider: 'aws',
  mitre: { tactic: 'Initial Access', technique: 'T1078.004', techniqueName: 'Valid Accounts: Cloud Accounts' },
  description: 'AssumeRoleWithWebIdentity succeeded with a token issued by Google, Facebook, Login with Amazon or Apple directly. Anyone can get such a token; unless the role trust pins the audience (and ideally the subject), any internet user can assume the role. Mobile apps should go through Cognito identity pools instead.',
  falsePositives: 'Older mobile or web apps built on direct web identity federation with a correct audience condition; check the role trust policy.',
  references: ['https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRoleWithWebIdentity.html', 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_providers_oidc.html'],
  match(e) {
    if (e.service !== 'sts' || e.action !== 'AssumeRoleWithWebIdentity' || !succeeded(e)) return undefined;
    // The issuer is in the response (`provider`); the caller shape varies with the provider.
    const provider = (e.response as { provider?: unknown } | undefined)?.provider;
    if (typeof provider !== 'string') return undefined;
    const host = provider.replace(/^https?:\/\//, '').replace(/\/.*$/, '').toLowerCase();
    if (!PUBLIC_PROVIDERS.includes(host)) return undefined;
    return `role ${paramStr(e, 'roleArn') ?? '(unknown)'} assumed with a token issued by ${host}${e.sourceIp ? ` from ${e.sourceIp}` : ''}`;
  },
});
