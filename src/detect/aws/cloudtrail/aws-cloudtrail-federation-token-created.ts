import { defineDetection } from '../../kit/detection.js';
import { callEvenViaService, param, paramStr, who } from '../../kit/aws-a-events.js';
import { adminGrant, parseJsonParam } from '../../kit/aws-a-policy.js';

export default defineDetection({
  id: 'aws-cloudtrail-federation-token-created',
  kind: 'event',
  services: ['sts'],
  actions: ['GetFederationToken'],
  title: 'Federation token issued to an IAM user',
  severity: 'low',
  provider: 'aws',
  mitre: { tactic: 'Persistence', technique: 'T1098.001', techniqueName: 'Account Manipulation: Additional Cloud Credentials' },
  description: 'An IAM user obtained federated-user credentials (GetFederationToken). They last up to 36 hours, can open a console session, and keep working after the user\'s access key is deactivated: a known way to hold on to stolen keys.',
  falsePositives: 'Custom identity brokers that issue federation tokens to their users; these call from a known server with a fixed user.',
  references: ['https://docs.aws.amazon.com/STS/latest/APIReference/API_GetFederationToken.html', 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_control-access_disable-perms.html'],
  match(e) {
    if (!callEvenViaService(e, 'sts', ['GetFederationToken'])) return undefined;
    const grant = adminGrant(parseJsonParam(param(e, 'policy')));
    return `${who(e)} obtained a federation token${paramStr(e, 'name') ? ` named ${paramStr(e, 'name')}` : ''}${grant ? ` with a session policy that ${grant}` : ''}`;
  },
});
