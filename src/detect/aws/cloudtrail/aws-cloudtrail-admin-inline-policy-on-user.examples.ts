import { defineDetectionExamples } from '../../kit/examples.js';
import { ADMIN_STATEMENT, READ_S3_STATEMENT, failed, iam, iamUser, policyJson } from '../../kit/cloudtrail-records-a.js';

const put = (policyDocument: string) => iam('PutUserPolicy', { userName: 'bob.dev', policyName: 'extra', policyDocument }, { userIdentity: iamUser('bob.dev') });

export default defineDetectionExamples({
  fires: [
    { name: 'Action * on *', records: [put(policyJson(ADMIN_STATEMENT))] },
    { name: 'iam:Attach* on *, enough to escalate', records: [put(policyJson({ Effect: 'Allow', Action: ['iam:Attach*', 's3:*'], Resource: '*' }))] },
  ],
  quiet: [
    { name: 'read access to one bucket', records: [put(policyJson(READ_S3_STATEMENT))] },
    { name: 'a Deny of everything', records: [put(policyJson({ Effect: 'Deny', Action: '*', Resource: '*' }))] },
    { name: 'refused', records: [failed(put(policyJson(ADMIN_STATEMENT)))] },
  ],
});
