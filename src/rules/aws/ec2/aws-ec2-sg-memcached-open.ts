import { openPortRule } from '../../kit/index.js';

/** Memcached exposed to the internet. */
export default openPortRule({
  id: 'aws-ec2-sg-memcached-open',
  ports: [11211],
  service: 'Memcached',
  risk: 'Memcached has no authentication by default; an exposed server leaks cached data and, over UDP, serves as a huge DDoS amplifier.',
  severity: 'high',
  transports: ['tcp', 'udp'],
});
