import { openPortRule } from '../../kit/index.js';

/** MongoDB exposed to the internet. */
export default openPortRule({
  id: 'aws-ec2-sg-mongodb-open',
  ports: [27017, 27018],
  service: 'MongoDB',
  risk: 'MongoDB reachable from the internet is a classic cause of mass data theft and ransom notes, especially where authentication was never enabled.',
  severity: 'high',
});
