import { openPortRule } from '../../kit/index.js';

/** PostgreSQL exposed to the internet. */
export default openPortRule({
  id: 'aws-ec2-sg-postgres-open',
  ports: [5432],
  service: 'PostgreSQL',
  risk: 'An exposed PostgreSQL listener invites password guessing and, once in, features such as COPY PROGRAM can run commands on the host.',
  severity: 'high',
});
