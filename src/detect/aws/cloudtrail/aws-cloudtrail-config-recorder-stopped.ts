import { defineDetection } from '../../kit/detection.js';
import { asString, principalCall, req, who } from '../../kit/aws-b-params.js';

export default defineDetection({
  id: 'aws-cloudtrail-config-recorder-stopped',
  kind: 'event',
  services: ['config'],
  actions: ['StopConfigurationRecorder'],
  title: 'The AWS Config recorder was stopped',
  severity: 'medium',
  provider: 'aws',
  mitre: { tactic: 'Defense Evasion', technique: 'T1562.001', techniqueName: 'Impair Defenses: Disable or Modify Tools' },
  description: 'StopConfigurationRecorder paused AWS Config: configuration changes are no longer recorded or evaluated by Config rules, so changes made now leave no configuration history.',
  falsePositives: 'A short pause to cut cost during bulk changes. Check that recording was started again.',
  references: ['https://docs.aws.amazon.com/config/latest/APIReference/API_StopConfigurationRecorder.html'],
  match(e) {
    if (!principalCall(e, 'config', 'StopConfigurationRecorder')) return undefined;
    return `${who(e)} stopped AWS Config recorder ${asString(req(e, 'configurationRecorderName')) ?? '(not named in the request)'}`;
  },
});
