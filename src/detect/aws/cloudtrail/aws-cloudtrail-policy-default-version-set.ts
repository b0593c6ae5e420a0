import { defineDetection } from '../../kit/detection.js';
import { callEvenViaService, paramStr, who } from '../../kit/aws-a-events.js';

export default defineDetection({
  id: 'aws-cloudtrail-policy-default-version-set',
  kind: 'event',
  services: ['iam'],
  actions: ['SetDefaultPolicyVersion'],
  title: 'Default version of a managed policy switched',
  severity: 'medium',
  provider: 'aws',
  mitre: { tactic: 'Privilege Escalation', technique: 'T1098.003', techniqueName: 'Account Manipulation: Additional Cloud Roles' },
  description: 'A customer managed policy was switched to another existing version (SetDefaultPolicyVersion). An old, broader version can be brought back this way without writing any policy text. The event does not carry the version\'s content: compare the versions to judge it.',
  falsePositives: 'Rolling back a faulty policy change; infrastructure code normally creates new versions rather than switching.',
  references: ['https://docs.aws.amazon.com/IAM/latest/APIReference/API_SetDefaultPolicyVersion.html'],
  match(e) {
    if (!callEvenViaService(e, 'iam', ['SetDefaultPolicyVersion'])) return undefined;
    return `${who(e)} switched ${paramStr(e, 'policyArn') ?? 'a policy'} to version ${paramStr(e, 'versionId') ?? '(unknown)'}`;
  },
});
