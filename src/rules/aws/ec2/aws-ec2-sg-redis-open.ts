import { openPortRule } from '../../kit/index.js';

/** Redis exposed to the internet. */
export default openPortRule({
  id: 'aws-ec2-sg-redis-open',
  ports: [6379],
  service: 'Redis',
  risk: 'Redis is built for trusted networks; exposed instances are routinely hijacked to write SSH keys or cron jobs and to run cryptominers.',
  severity: 'high',
});
