import { openPortRule } from '../../kit/index.js';

/** Cassandra exposed to the internet. */
export default openPortRule({
  id: 'aws-ec2-sg-cassandra-open',
  ports: [7199, 9042, 9160],
  service: 'Cassandra',
  risk: 'Exposed Cassandra native, Thrift or JMX ports allow reading and altering data and, through JMX, running code on the node.',
  severity: 'high',
});
