import { defineDetection } from '../../kit/detection.js';
import { callEvenViaService, paramStr, who } from '../../kit/aws-a-events.js';

const ACTIONS = ['CreateOpenIDConnectProvider', 'UpdateOpenIDConnectProviderThumbprint', 'AddClientIDToOpenIDConnectProvider'];

export default defineDetection({
  id: 'aws-cloudtrail-oidc-provider-changed',
  kind: 'event',
  services: ['iam'],
  actions: [...ACTIONS],
  title: 'OIDC identity provider created or its trust widened',
  severity: 'medium',
  provider: 'aws',
  mitre: { tactic: 'Defense Evasion', technique: 'T1484.002', techniqueName: 'Domain or Tenant Policy Modification: Trust Modification' },
  description: 'An OpenID Connect provider was added to IAM, its certificate thumbprints replaced, or a new client id (audience) allowed. Roles that trust the provider accept tokens from it; an attacker-controlled issuer or audience is a password-less way in.',
  falsePositives: 'Setting up GitHub Actions, GitLab or EKS federation; thumbprint updates after the issuer changes its certificate chain.',
  references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_providers_create_oidc.html', 'https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateOpenIDConnectProvider.html'],
  match(e) {
    if (!callEvenViaService(e, 'iam', ACTIONS)) return undefined;
    if (e.action === 'CreateOpenIDConnectProvider') return `${who(e)} created OIDC provider ${paramStr(e, 'url') ?? '(unknown issuer)'}`;
    const arn = paramStr(e, 'openIDConnectProviderArn') ?? '(unknown provider)';
    return e.action === 'AddClientIDToOpenIDConnectProvider' ? `${who(e)} added client id ${paramStr(e, 'clientID') ?? '(unknown)'} to ${arn}` : `${who(e)} replaced the thumbprints of ${arn}`;
  },
});
