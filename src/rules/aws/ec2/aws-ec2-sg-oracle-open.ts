import { openPortRule } from '../../kit/index.js';

/** Oracle Database exposed to the internet. */
export default openPortRule({
  id: 'aws-ec2-sg-oracle-open',
  ports: [1521, 2483, 2484],
  service: 'Oracle Database',
  risk: 'An exposed Oracle listener invites TNS poisoning, default-account guessing and exploitation of listener vulnerabilities.',
  severity: 'high',
});
