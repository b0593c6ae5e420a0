import { defineDetectionExamples, type ExampleContext } from '../../kit/examples.js';
import { assumedRole } from '../../kit/cloudtrail-records.js';
import { apiCall, refused } from '../../kit/cloudtrail-records-b.js';

const role = assumedRole('orders-api', 'i-0a1b2c3d4e5f67890');
const call = (userAgent: string) => apiCall('dynamodb', 'ListTables', null, { userIdentity: role, userAgent, readOnly: true });
const ctx: ExampleContext = { baseline: { 'arn:aws:iam::222222222222:role/orders-api': { userAgent: ['boto3'] } } };

export default defineDetectionExamples({
  fires: [{ name: 'the app role calls from the AWS CLI', records: [call('aws-cli/2.17.0 Python/3.11.6 Linux/6.1 exe/x86_64.ubuntu.22 prompt/off command/dynamodb.list-tables')], context: ctx }],
  quiet: [
    { name: 'a newer boto3', records: [call('Boto3/1.35.2 md/Botocore#1.35.2 ua/2.0 os/linux#6.1 lang/python#3.12.4 Botocore/1.35.2')], context: ctx },
    { name: 'AWS internal caller', records: [call('AWS Internal')], context: ctx },
    { name: 'refused call', records: [refused(call('curl/8.5.0'))], context: ctx },
    { name: 'no baseline', records: [call('curl/8.5.0')] },
  ],
});
