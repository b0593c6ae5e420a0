import { defineDetectionExamples } from '../../kit/examples.js';
import { READ_S3_STATEMENT, failed, iam, iamUser, policyJson } from '../../kit/cloudtrail-records-a.js';

const put = (policyDocument: string) => iam('PutGroupPolicy', { groupName: 'developers', policyName: 'dev-extra', policyDocument }, { userIdentity: iamUser('bob.dev') });

export default defineDetectionExamples({
  fires: [{ name: 'every IAM action', records: [put(policyJson({ Effect: 'Allow', Action: 'iam:*', Resource: '*' }))] }],
  quiet: [
    { name: 'scoped read access', records: [put(policyJson(READ_S3_STATEMENT))] },
    { name: 'iam:* on one role only', records: [put(policyJson({ Effect: 'Allow', Action: 'iam:*', Resource: 'arn:aws:iam::222222222222:role/dev-sandbox' }))] },
    { name: 'refused', records: [failed(put(policyJson({ Effect: 'Allow', Action: 'iam:*', Resource: '*' })))] },
  ],
});
