import { defineDetectionExamples } from '../../kit/examples.js';
import { READ_S3_STATEMENT, failed, iam, iamUser, policyJson } from '../../kit/cloudtrail-records-a.js';

const setDefault = iam('SetDefaultPolicyVersion', { policyArn: 'arn:aws:iam::222222222222:policy/dev-tools', versionId: 'v1' }, { userIdentity: iamUser('bob.dev') });

export default defineDetectionExamples({
  fires: [{ name: 'rolled back to v1', records: [setDefault] }],
  quiet: [
    { name: 'refused', records: [failed(setDefault)] },
    { name: 'a new version, not a switch', records: [iam('CreatePolicyVersion', { policyArn: 'arn:aws:iam::222222222222:policy/dev-tools', policyDocument: policyJson(READ_S3_STATEMENT), setAsDefault: true }, { userIdentity: iamUser('bob.dev') })] },
  ],
});
