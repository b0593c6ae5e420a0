import { defineDetectionExamples } from '../../kit/examples.js';
import { apiCall, refused } from '../../kit/cloudtrail-records-b.js';

const url = (eventName: string, authType: string) => apiCall('lambda', eventName, { functionName: 'billing-export', authType, cors: { allowOrigins: ['*'] } }, { responseElements: { functionUrl: 'https://abcdefghijklmnopqrstuvwxyz123456.lambda-url.us-east-1.on.aws/', functionArn: 'arn:aws:lambda:us-east-1:222222222222:function:billing-export', authType, creationTime: '2026-11-27T10:00:00.000+0000' } });

export default defineDetectionExamples({
  fires: [
    { name: 'new URL without auth', records: [url('CreateFunctionUrlConfig20211031', 'NONE')] },
    { name: 'existing URL switched to no auth', records: [url('UpdateFunctionUrlConfig20211031', 'NONE')] },
  ],
  quiet: [
    { name: 'URL with IAM auth', records: [url('CreateFunctionUrlConfig20211031', 'AWS_IAM')] },
    { name: 'refused', records: [refused(url('CreateFunctionUrlConfig20211031', 'NONE'))] },
  ],
});
