import { defineDetection } from '../../kit/detection.js';
import { asBool, asString, principalCall, req, who } from '../../kit/aws-b-params.js';

export default defineDetection({
  id: 'aws-cloudtrail-secret-force-deleted',
  kind: 'event',
  services: ['secretsmanager'],
  actions: ['DeleteSecret'],
  title: 'A secret was deleted with no recovery window',
  severity: 'medium',
  provider: 'aws',
  mitre: { tactic: 'Impact', technique: 'T1485', techniqueName: 'Data Destruction' },
  description: 'DeleteSecret with ForceDeleteWithoutRecovery: the secret is destroyed at once instead of after the usual 7 to 30 days, so it cannot be restored. Applications using it fail, and credentials that exist nowhere else are lost.',
  falsePositives: 'Clean-up scripts in test accounts, or recreating a secret with the same name right away.',
  references: ['https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_DeleteSecret.html'],
  match(e) {
    if (!principalCall(e, 'secretsmanager', 'DeleteSecret') || asBool(req(e, 'forceDeleteWithoutRecovery')) !== true) return undefined;
    return `${who(e)} deleted secret ${asString(req(e, 'secretId')) ?? '(unnamed)'} without a recovery window`;
  },
});
