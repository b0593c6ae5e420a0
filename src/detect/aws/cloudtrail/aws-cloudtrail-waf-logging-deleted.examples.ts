import { defineDetectionExamples } from '../../kit/examples.js';
import { apiCall, refused } from '../../kit/cloudtrail-records-b.js';

const acl = 'arn:aws:wafv2:us-east-1:222222222222:regional/webacl/shop/a1b2c3d4-5678-90ab-cdef-EXAMPLE11111';

export default defineDetectionExamples({
  fires: [{ name: 'logging removed', records: [apiCall('wafv2', 'DeleteLoggingConfiguration', { resourceArn: acl })] }],
  quiet: [
    { name: 'logging configured', records: [apiCall('wafv2', 'PutLoggingConfiguration', { loggingConfiguration: { resourceArn: acl, logDestinationConfigs: ['arn:aws:firehose:us-east-1:222222222222:deliverystream/aws-waf-logs-shop'] } })] },
    { name: 'refused', records: [refused(apiCall('wafv2', 'DeleteLoggingConfiguration', { resourceArn: acl }))] },
  ],
});
