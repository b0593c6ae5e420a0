import { defineDetection } from '../../kit/detection.js';
import { publicAllowStatements } from '../../kit/aws-b-policy.js';
import { asString, principalCall, req, who } from '../../kit/aws-b-params.js';

export default defineDetection({
  id: 'aws-cloudtrail-secret-policy-public',
  kind: 'event',
  services: ['secretsmanager'],
  actions: ['PutResourcePolicy'],
  title: 'A secret\'s resource policy allows everyone',
  severity: 'high',
  provider: 'aws',
  mitre: { tactic: 'Credential Access', technique: 'T1555.006', techniqueName: 'Credentials from Password Stores: Cloud Secrets Management Stores' },
  description: 'PutResourcePolicy on a Secrets Manager secret with a statement allowing principal `*` and no narrowing condition: any AWS account can read the secret (if the KMS key allows it too).',
  falsePositives: 'None expected; secrets are shared with named accounts or the organization. Block public policy (BlockPublicPolicy) refuses such policies.',
  references: ['https://docs.aws.amazon.com/secretsmanager/latest/userguide/auth-and-access_resource-policies.html'],
  match(e) {
    if (!principalCall(e, 'secretsmanager', 'PutResourcePolicy')) return undefined;
    if (publicAllowStatements(req(e, 'resourcePolicy')).length === 0) return undefined;
    return `${who(e)} opened secret ${asString(req(e, 'secretId')) ?? '(unnamed)'} to everyone`;
  },
});
