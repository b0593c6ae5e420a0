import { defineDetectionExamples } from '../../kit/examples.js';
import { ADMIN_STATEMENT, READ_S3_STATEMENT, failed, iam, iamUser, policyJson } from '../../kit/cloudtrail-records-a.js';

const version = (policyDocument: string, setAsDefault: boolean) => iam('CreatePolicyVersion', { policyArn: 'arn:aws:iam::222222222222:policy/dev-tools', policyDocument, setAsDefault }, { userIdentity: iamUser('bob.dev') });

export default defineDetectionExamples({
  fires: [{ name: 'admin version set as default', records: [version(policyJson(ADMIN_STATEMENT), true)] }],
  quiet: [
    { name: 'admin version kept as non-default draft', records: [version(policyJson(ADMIN_STATEMENT), false)] },
    { name: 'scoped version as default', records: [version(policyJson(READ_S3_STATEMENT), true)] },
    { name: 'refused', records: [failed(version(policyJson(ADMIN_STATEMENT), true))] },
  ],
});
