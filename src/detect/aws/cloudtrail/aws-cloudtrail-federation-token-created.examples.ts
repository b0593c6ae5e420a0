import { defineDetectionExamples } from '../../kit/examples.js';
import { ADMIN_STATEMENT, call, failed, iamUser, policyJson } from '../../kit/cloudtrail-records-a.js';

const token = (over: Record<string, unknown> = {}) => call('sts.amazonaws.com', 'GetFederationToken', { name: 'persist', durationSeconds: 129600, policy: policyJson(ADMIN_STATEMENT) }, { userIdentity: iamUser('bob.dev'), readOnly: true, ...over });

export default defineDetectionExamples({
  fires: [{ name: 'a 36-hour admin federation token', records: [token()] }],
  quiet: [
    { name: 'refused', records: [failed(token())] },
    { name: 'a session token (another call)', records: [call('sts.amazonaws.com', 'GetSessionToken', { durationSeconds: 3600, serialNumber: 'arn:aws:iam::222222222222:mfa/bob.dev' }, { userIdentity: iamUser('bob.dev'), readOnly: true })] },
  ],
});
