import { defineDetection } from '../../kit/detection.js';
import { asBool, asString, asStrings, principalCall, req } from '../../kit/aws-b-params.js';

const WINDOW_MINUTES = 10;
const PARAMETERS = 10;

export default defineDetection({
  id: 'aws-cloudtrail-ssm-parameters-bulk-decrypt',
  kind: 'threshold',
  services: ['ssm'],
  title: 'Many SecureString parameters decrypted by one principal',
  severity: 'medium',
  provider: 'aws',
  mitre: { tactic: 'Credential Access', technique: 'T1555.006', techniqueName: 'Credentials from Password Stores: Cloud Secrets Management Stores' },
  description: `${PARAMETERS} or more distinct SSM parameters (or parameter paths) read with decryption by one principal within ${WINDOW_MINUTES} minutes (GetParameter, GetParameters, GetParametersByPath with WithDecryption): credential harvesting from Parameter Store.`,
  falsePositives: 'Configuration loaders that read a whole application tree at start-up. Stable roles doing this every deployment can be suppressed.',
  references: ['https://docs.aws.amazon.com/systems-manager/latest/userguide/monitoring-cloudtrail-logs.html'],
  filter: (e) => principalCall(e, 'ssm', 'GetParameter', 'GetParameters', 'GetParametersByPath') && asBool(req(e, 'withDecryption')) === true,
  groupBy: (e) => e.actor.id,
  distinct(e) {
    if (e.action === 'GetParametersByPath') return `path:${asString(req(e, 'path')) ?? e.id}`;
    if (e.action === 'GetParameters') return asStrings(req(e, 'names'));
    return asString(req(e, 'name'));
  },
  threshold: PARAMETERS,
  windowMs: WINDOW_MINUTES * 60_000,
  message: (who, n) => `${who} decrypted ${n} distinct SSM parameters or paths within ${WINDOW_MINUTES} minutes`,
});
