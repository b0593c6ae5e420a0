import { defineDetection } from '../../kit/detection.js';
import { asString, principalCall, req, who } from '../../kit/aws-b-params.js';

export default defineDetection({
  id: 'aws-cloudtrail-config-recorder-deleted',
  kind: 'event',
  services: ['config'],
  actions: ['DeleteConfigurationRecorder'],
  title: 'The AWS Config recorder was deleted',
  severity: 'high',
  provider: 'aws',
  mitre: { tactic: 'Defense Evasion', technique: 'T1562.001', techniqueName: 'Impair Defenses: Disable or Modify Tools' },
  description: 'DeleteConfigurationRecorder removed AWS Config recording from the region: no configuration history and no Config rule evaluations from now on.',
  falsePositives: 'Tearing down a test account or region. Confirm with the account owner.',
  references: ['https://docs.aws.amazon.com/config/latest/APIReference/API_DeleteConfigurationRecorder.html'],
  match(e) {
    if (!principalCall(e, 'config', 'DeleteConfigurationRecorder')) return undefined;
    return `${who(e)} deleted AWS Config recorder ${asString(req(e, 'configurationRecorderName')) ?? '(not named in the request)'}`;
  },
});
