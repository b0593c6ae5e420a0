import { defineDetectionExamples } from '../../kit/examples.js';
import { apiCall, refused } from '../../kit/cloudtrail-records-b.js';

const update = (vpc: Record<string, unknown>) => apiCall('eks', 'UpdateClusterConfig', { name: 'prod', resourcesVpcConfig: vpc });

export default defineDetectionExamples({
  fires: [
    { name: 'public endpoint from anywhere', records: [update({ endpointPublicAccess: true, endpointPrivateAccess: true, publicAccessCidrs: ['0.0.0.0/0'] })] },
    { name: 'public endpoint, no CIDRs given', records: [update({ endpointPublicAccess: true })] },
  ],
  quiet: [
    { name: 'public endpoint from the office range', records: [update({ endpointPublicAccess: true, publicAccessCidrs: ['203.0.113.0/24'] })] },
    { name: 'public endpoint turned off', records: [update({ endpointPublicAccess: false, endpointPrivateAccess: true })] },
    { name: 'logging change', records: [apiCall('eks', 'UpdateClusterConfig', { name: 'prod', logging: { clusterLogging: [{ types: ['audit'], enabled: true }] } })] },
    { name: 'refused', records: [refused(update({ endpointPublicAccess: true }))] },
  ],
});
