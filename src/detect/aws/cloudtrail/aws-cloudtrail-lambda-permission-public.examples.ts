import { defineDetectionExamples } from '../../kit/examples.js';
import { apiCall, refused } from '../../kit/cloudtrail-records-b.js';

const permit = (p: Record<string, unknown>) => apiCall('lambda', 'AddPermission20150331v2', { functionName: 'billing-export', statementId: 'open', action: 'lambda:InvokeFunction', ...p });

export default defineDetectionExamples({
  fires: [
    { name: 'invoke for everyone', records: [permit({ principal: '*' })] },
    { name: 'layer shared publicly', records: [apiCall('lambda', 'AddLayerVersionPermission20181031', { layerName: 'shared-deps', versionNumber: 3, statementId: 'pub', action: 'lambda:GetLayerVersion', principal: '*' })] },
  ],
  quiet: [
    { name: 'S3 trigger from one bucket', records: [permit({ principal: 's3.amazonaws.com', sourceArn: 'arn:aws:s3:::uploads', sourceAccount: '222222222222' })] },
    { name: 'everyone in the organization', records: [permit({ principal: '*', principalOrgID: 'o-a1b2c3d4e5' })] },
    { name: 'refused', records: [refused(permit({ principal: '*' }))] },
  ],
});
