import { defineDetectionExamples } from '../../kit/examples.js';
import { apiCall, refused, viaService } from '../../kit/cloudtrail-records-b.js';

const call = () => apiCall('route53resolver', 'DeleteResolverQueryLogConfig', { resolverQueryLogConfigId: 'rqlc-8ca61fe7c055415a' });

export default defineDetectionExamples({
  fires: [{ name: 'DeleteResolverQueryLogConfig by a user', records: [call()] }],
  quiet: [
    { name: 'DeleteResolverQueryLogConfig refused', records: [refused(call())] },
    { name: 'query logging created', records: [apiCall('route53resolver', 'CreateResolverQueryLogConfig', { name: 'vpc-dns', destinationArn: 'arn:aws:logs:us-east-1:222222222222:log-group:dns' })] },
    { name: 'done by an AWS service for the organization', records: [viaService(call(), 'organizations.amazonaws.com')] },
  ],
});
