import { defineDetection } from '../../kit/detection.js';
import { asString, principalCall, req } from '../../kit/aws-b-params.js';

const WINDOW_MINUTES = 10;
const INSTANCES = 5;

export default defineDetection({
  id: 'aws-cloudtrail-ssm-session-many-instances',
  kind: 'threshold',
  services: ['ssm'],
  title: 'Session Manager sessions opened to many instances',
  severity: 'medium',
  provider: 'aws',
  mitre: { tactic: 'Lateral Movement', technique: 'T1021.008', techniqueName: 'Remote Services: Direct Cloud VM Connections' },
  description: `StartSession to ${INSTANCES} or more distinct instances by one principal within ${WINDOW_MINUTES} minutes: a person hopping across the fleet, which operators rarely do by hand.`,
  falsePositives: 'Incident responders or operators checking several hosts during an outage.',
  references: ['https://docs.aws.amazon.com/systems-manager/latest/userguide/session-manager-logging.html'],
  filter: (e) => principalCall(e, 'ssm', 'StartSession'),
  groupBy: (e) => e.actor.id,
  distinct: (e) => asString(req(e, 'target')),
  threshold: INSTANCES,
  windowMs: WINDOW_MINUTES * 60_000,
  message: (who, n) => `${who} opened sessions to ${n} instances within ${WINDOW_MINUTES} minutes`,
});
