import { defineDetectionExamples } from '../../kit/examples.js';
import { apiCall, refused } from '../../kit/cloudtrail-records-b.js';

const queueUrl = 'https://sqs.us-east-1.amazonaws.com/222222222222/orders';
const set = (statement: Record<string, unknown>) => apiCall('sqs', 'SetQueueAttributes', { queueUrl, attributes: { Policy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sqs:*', Resource: 'arn:aws:sqs:us-east-1:222222222222:orders', ...statement }] }) } });

export default defineDetectionExamples({
  fires: [{ name: 'everything for everyone', records: [set({ Principal: '*' })] }],
  quiet: [
    { name: 'SNS topic as the source', records: [set({ Principal: { Service: 'sns.amazonaws.com' }, Condition: { ArnEquals: { 'aws:SourceArn': 'arn:aws:sns:us-east-1:222222222222:orders' } } })] },
    { name: 'anyone, but only from one topic', records: [set({ Principal: '*', Condition: { ArnEquals: { 'aws:SourceArn': 'arn:aws:sns:us-east-1:222222222222:orders' } } })] },
    { name: 'visibility timeout only', records: [apiCall('sqs', 'SetQueueAttributes', { queueUrl, attributes: { VisibilityTimeout: '60' } })] },
    { name: 'refused', records: [refused(set({ Principal: '*' }))] },
  ],
});
