import { defineDetectionExamples } from '../../kit/examples.js';
import { gcpEntry, PROJECT } from '../../kit/gcp-records.js';

const patch = (networks: { name: string; value: string }[], code?: number) => gcpEntry({
  service: 'cloudsql.googleapis.com', method: 'cloudsql.instances.patch', resourceName: `projects/${PROJECT}/instances/orders-db`, resourceType: 'cloudsql_database', labels: { database_id: `${PROJECT}:orders-db`, region: 'europe-west1' },
  request: { '@type': 'type.googleapis.com/google.cloud.sql.v1beta4.SqlInstancesPatchRequest', instance: 'orders-db', project: PROJECT, body: { settings: { ipConfiguration: { ipv4Enabled: true, authorizedNetworks: networks } } } },
  ...(code ? { code } : {}),
});

export default defineDetectionExamples({
  fires: [{ name: '0.0.0.0/0 authorized', records: [patch([{ name: 'office', value: '203.0.113.0/24' }, { name: 'anywhere', value: '0.0.0.0/0' }])] }],
  quiet: [
    { name: 'office range only', records: [patch([{ name: 'office', value: '203.0.113.0/24' }])] },
    { name: 'opening denied', records: [patch([{ name: 'anywhere', value: '0.0.0.0/0' }], 7)] },
  ],
});
