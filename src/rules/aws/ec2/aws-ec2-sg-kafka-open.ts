import { openPortRule } from '../../kit/index.js';

/** Kafka exposed to the internet. */
export default openPortRule({
  id: 'aws-ec2-sg-kafka-open',
  ports: [9092],
  service: 'Kafka',
  risk: 'An exposed Kafka broker without authentication lets anyone read, inject or delete event streams.',
  severity: 'high',
});
