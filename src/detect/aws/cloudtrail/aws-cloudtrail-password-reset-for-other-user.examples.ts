import { defineDetectionExamples } from '../../kit/examples.js';
import { assumedRole, failed, iam, iamUser } from '../../kit/cloudtrail-records-a.js';

export default defineDetectionExamples({
  fires: [{ name: 'an attacker role resetting an admin password', records: [iam('UpdateLoginProfile', { userName: 'admin.alice', passwordResetRequired: false }, { userIdentity: assumedRole('lambda-exec', 'i-compromised') })] }],
  quiet: [
    { name: 'a user changing their own password profile', records: [iam('UpdateLoginProfile', { userName: 'bob.dev' }, { userIdentity: iamUser('bob.dev') })] },
    { name: 'refused', records: [failed(iam('UpdateLoginProfile', { userName: 'admin.alice' }, { userIdentity: iamUser('bob.dev') }))] },
  ],
});
