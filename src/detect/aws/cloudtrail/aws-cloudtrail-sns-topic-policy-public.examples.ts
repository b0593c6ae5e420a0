import { defineDetectionExamples } from '../../kit/examples.js';
import { apiCall, refused } from '../../kit/cloudtrail-records-b.js';

const topicArn = 'arn:aws:sns:us-east-1:222222222222:alerts';
const set = (statement: Record<string, unknown>) => apiCall('sns', 'SetTopicAttributes', { topicArn, attributeName: 'Policy', attributeValue: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['SNS:Subscribe', 'SNS:Receive'], Resource: topicArn, ...statement }] }) });

export default defineDetectionExamples({
  fires: [{ name: 'subscribe for everyone', records: [set({ Principal: { AWS: '*' } })] }],
  quiet: [
    { name: 'anyone in the account', records: [set({ Principal: { AWS: '*' }, Condition: { StringEquals: { 'aws:SourceOwner': '222222222222' } } })] },
    { name: 'display name change', records: [apiCall('sns', 'SetTopicAttributes', { topicArn, attributeName: 'DisplayName', attributeValue: 'Alerts' })] },
    { name: 'refused', records: [refused(set({ Principal: { AWS: '*' } }))] },
  ],
});
