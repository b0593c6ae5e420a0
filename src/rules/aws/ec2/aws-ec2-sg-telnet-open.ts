import { openPortRule } from '../../kit/index.js';

/** Telnet exposed to the internet. */
export default openPortRule({
  id: 'aws-ec2-sg-telnet-open',
  ports: [23],
  service: 'Telnet',
  risk: 'Telnet sends credentials and sessions in clear text and is a favourite target of botnets that try default passwords.',
  severity: 'high',
});
