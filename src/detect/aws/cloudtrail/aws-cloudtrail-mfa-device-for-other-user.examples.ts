import { defineDetectionExamples } from '../../kit/examples.js';
import { ACCOUNT, failed, iam, iamUser } from '../../kit/cloudtrail-records-a.js';

const enable = (userName: string) => iam('EnableMFADevice', { userName, serialNumber: `arn:aws:iam::${ACCOUNT}:mfa/attacker-phone`, authenticationCode1: 'HIDDEN_DUE_TO_SECURITY_REASONS', authenticationCode2: 'HIDDEN_DUE_TO_SECURITY_REASONS' }, { userIdentity: iamUser('bob.dev') });

export default defineDetectionExamples({
  fires: [{ name: "a device put on an admin's user", records: [enable('admin.alice')] }],
  quiet: [
    { name: 'a user enrolling their own device', records: [enable('bob.dev')] },
    { name: 'refused', records: [failed(enable('admin.alice'))] },
  ],
});
