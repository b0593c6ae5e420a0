import { defineDetectionExamples } from '../../kit/examples.js';
import { call, failed, iamUser } from '../../kit/cloudtrail-records-a.js';

const sessionToken = (params: Record<string, unknown>) => call('sts.amazonaws.com', 'GetSessionToken', params, { userIdentity: iamUser('bob.dev'), readOnly: true });

export default defineDetectionExamples({
  fires: [{ name: 'no MFA serial', records: [sessionToken({ durationSeconds: 129600 })] }],
  quiet: [
    { name: 'with MFA', records: [sessionToken({ durationSeconds: 43200, serialNumber: 'arn:aws:iam::222222222222:mfa/bob.dev' })] },
    { name: 'refused', records: [failed(sessionToken({ durationSeconds: 129600 }))] },
  ],
});
