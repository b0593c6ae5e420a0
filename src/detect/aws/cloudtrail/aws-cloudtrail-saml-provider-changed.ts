import { defineDetection } from '../../kit/detection.js';
import { callEvenViaService, paramStr, who } from '../../kit/aws-a-events.js';

export default defineDetection({
  id: 'aws-cloudtrail-saml-provider-changed',
  kind: 'event',
  services: ['iam'],
  actions: ['CreateSAMLProvider', 'UpdateSAMLProvider'],
  title: 'SAML identity provider created or its metadata replaced',
  severity: 'high',
  provider: 'aws',
  mitre: { tactic: 'Defense Evasion', technique: 'T1484.002', techniqueName: 'Domain or Tenant Policy Modification: Trust Modification' },
  description: "A SAML provider was added to IAM or its metadata (the signing certificate) replaced. Whoever holds the matching signing key can then forge sign-ins to every role that trusts the provider, without any password (a 'Golden SAML' style backdoor).",
  falsePositives: "Setting up federation, and the identity provider's certificate rotation (usually yearly, announced by the IdP team).",
  references: ['https://docs.aws.amazon.com/IAM/latest/APIReference/API_UpdateSAMLProvider.html', 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_providers_create_saml.html'],
  match(e) {
    if (!callEvenViaService(e, 'iam', ['CreateSAMLProvider', 'UpdateSAMLProvider'])) return undefined;
    const provider = paramStr(e, 'name') ?? paramStr(e, 'sAMLProviderArn') ?? '(unnamed)';
    return `${who(e)} ${e.action === 'CreateSAMLProvider' ? 'created SAML provider' : 'replaced the metadata of SAML provider'} ${provider}`;
  },
});
