import { defineDetectionExamples } from '../../kit/examples.js';
import { apiCall, refused } from '../../kit/cloudtrail-records-b.js';

const put = (Principal: unknown) => apiCall('secretsmanager', 'PutResourcePolicy', { secretId: 'prod/db-password', resourcePolicy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal, Action: 'secretsmanager:GetSecretValue', Resource: '*' }] }), blockPublicPolicy: false });

export default defineDetectionExamples({
  fires: [{ name: 'read for everyone', records: [put({ AWS: '*' })] }],
  quiet: [
    { name: 'read for one role', records: [put({ AWS: 'arn:aws:iam::333344445555:role/reporting' })] },
    { name: 'refused by block public policy', records: [refused(put({ AWS: '*' }), 'PublicPolicyException')] },
  ],
});
