import { defineDetectionExamples } from '../../kit/examples.js';
import { gcpEntry, PROJECT } from '../../kit/gcp-records.js';

const rule = (request: Record<string, unknown>, method = 'v1.compute.firewalls.insert') => gcpEntry({
  service: 'compute.googleapis.com', method, resourceName: `projects/${PROJECT}/global/firewalls/allow-admin`, resourceType: 'gce_firewall_rule',
  request: { '@type': 'type.googleapis.com/compute.firewalls.insert', name: 'allow-admin', network: `projects/${PROJECT}/global/networks/prod`, direction: 'INGRESS', priority: '1000', ...request },
});

export default defineDetectionExamples({
  fires: [
    { name: 'SSH from 0.0.0.0/0', records: [rule({ sourceRanges: ['0.0.0.0/0'], alloweds: [{ IPProtocol: 'tcp', ports: ['22'] }] })] },
    { name: 'patched to IPv6 anywhere', records: [rule({ sourceRanges: ['::/0'], alloweds: [{ IPProtocol: 'all' }] }, 'beta.compute.firewalls.patch')] },
  ],
  quiet: [
    { name: 'internal range', records: [rule({ sourceRanges: ['10.0.0.0/8'], alloweds: [{ IPProtocol: 'tcp', ports: ['22'] }] })] },
    { name: 'deny rule from anywhere', records: [rule({ sourceRanges: ['0.0.0.0/0'], denieds: [{ IPProtocol: 'tcp', ports: ['23'] }] })] },
    { name: 'egress to anywhere', records: [rule({ direction: 'EGRESS', destinationRanges: ['0.0.0.0/0'], sourceRanges: ['0.0.0.0/0'], alloweds: [{ IPProtocol: 'tcp', ports: ['443'] }] })] },
  ],
});
