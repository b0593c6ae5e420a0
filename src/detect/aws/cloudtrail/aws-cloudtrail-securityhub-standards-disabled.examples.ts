import { defineDetectionExamples } from '../../kit/examples.js';
import { apiCall, refused } from '../../kit/cloudtrail-records-b.js';

const fsbp = 'arn:aws:securityhub:us-east-1:222222222222:subscription/aws-foundational-security-best-practices/v/1.0.0';

export default defineDetectionExamples({
  fires: [{ name: 'FSBP disabled', records: [apiCall('securityhub', 'BatchDisableStandards', { StandardsSubscriptionArns: [fsbp] })] }],
  quiet: [
    { name: 'standards enabled', records: [apiCall('securityhub', 'BatchEnableStandards', { StandardsSubscriptionRequests: [{ StandardsArn: 'arn:aws:securityhub:us-east-1::standards/aws-foundational-security-best-practices/v/1.0.0' }] })] },
    { name: 'refused', records: [refused(apiCall('securityhub', 'BatchDisableStandards', { StandardsSubscriptionArns: [fsbp] }))] },
  ],
});
