import { openPortRule } from '../../kit/index.js';

/** Elasticsearch exposed to the internet. */
export default openPortRule({
  id: 'aws-ec2-sg-elasticsearch-open',
  ports: [9200, 9300],
  service: 'Elasticsearch',
  risk: 'Exposed Elasticsearch clusters are indexed by search engines for leaked data and are wiped and ransomed in automated campaigns.',
  severity: 'high',
});
