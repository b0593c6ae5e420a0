import { openPortRule } from '../../kit/index.js';

/** MySQL exposed to the internet. */
export default openPortRule({
  id: 'aws-ec2-sg-mysql-open',
  ports: [3306],
  service: 'MySQL',
  risk: 'An exposed MySQL listener invites credential brute-forcing and exploitation of engine flaws, and often leads straight to bulk data theft.',
  severity: 'high',
});
