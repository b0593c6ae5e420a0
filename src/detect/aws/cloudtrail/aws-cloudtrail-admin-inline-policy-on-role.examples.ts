import { defineDetectionExamples } from '../../kit/examples.js';
import { READ_S3_STATEMENT, assumedRole, failed, iam, policyJson } from '../../kit/cloudtrail-records-a.js';

const put = (policyDocument: string) => iam('PutRolePolicy', { roleName: 'ci-runner', policyName: 'runner', policyDocument }, { userIdentity: assumedRole('ci-runner', 'build-42') });

export default defineDetectionExamples({
  fires: [{ name: 'NotAction allow on everything (URL-encoded as old clients send it)', records: [put(encodeURIComponent(policyJson({ Effect: 'Allow', NotAction: ['organizations:*'], Resource: '*' })))] }],
  quiet: [
    { name: 'scoped access', records: [put(policyJson(READ_S3_STATEMENT))] },
    { name: 'refused', records: [failed(put(policyJson({ Effect: 'Allow', Action: '*', Resource: '*' })))] },
  ],
});
