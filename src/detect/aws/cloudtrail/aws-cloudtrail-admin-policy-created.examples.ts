import { defineDetectionExamples } from '../../kit/examples.js';
import { ADMIN_STATEMENT, READ_S3_STATEMENT, failed, iam, iamUser, policyJson } from '../../kit/cloudtrail-records-a.js';

const create = (policyDocument: string) => iam('CreatePolicy', { policyName: 'helper', policyDocument }, { userIdentity: iamUser('bob.dev') });

export default defineDetectionExamples({
  fires: [{ name: 'Action *:* on *', records: [create(policyJson({ ...ADMIN_STATEMENT, Action: '*:*' }))] }],
  quiet: [
    { name: 'scoped policy', records: [create(policyJson(READ_S3_STATEMENT))] },
    { name: 'refused', records: [failed(create(policyJson(ADMIN_STATEMENT)))] },
  ],
});
