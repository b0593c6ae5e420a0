import { defineDetection } from '../../kit/detection.js';
import { asStrings, principalCall, req } from '../../kit/aws-b-params.js';

const WINDOW_MINUTES = 10;
const INSTANCES = 10;

export default defineDetection({
  id: 'aws-cloudtrail-ssm-send-command-many-instances',
  kind: 'threshold',
  services: ['ssm'],
  title: 'SSM commands sent to many instances by one principal',
  severity: 'medium',
  provider: 'aws',
  mitre: { tactic: 'Execution', technique: 'T1651', techniqueName: 'Cloud Administration Command' },
  description: `SendCommand to ${INSTANCES} or more distinct instances by one principal within ${WINDOW_MINUTES} minutes: running code across the fleet as root or SYSTEM (miners, credential dumping, ransomware). Commands sent by tag target are not counted, since the log does not list the instances.`,
  falsePositives: 'Patching and configuration runs (Patch Manager, State Manager, Ansible over SSM). Check the document name: AWS-RunPatchBaseline from the automation role is expected.',
  references: ['https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_SendCommand.html'],
  filter: (e) => principalCall(e, 'ssm', 'SendCommand'),
  groupBy: (e) => e.actor.id,
  distinct: (e) => asStrings(req(e, 'instanceIds')),
  threshold: INSTANCES,
  windowMs: WINDOW_MINUTES * 60_000,
  message: (who, n) => `${who} sent SSM commands to ${n} instances within ${WINDOW_MINUTES} minutes`,
});
