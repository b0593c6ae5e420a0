import { defineDetectionExamples } from '../../kit/examples.js';
import { ACCOUNT, failed, iam, iamUser, root } from '../../kit/cloudtrail-records-a.js';

const deactivate = (userName: string, caller = iamUser('bob.dev')) => iam('DeactivateMFADevice', { userName, serialNumber: `arn:aws:iam::${ACCOUNT}:mfa/${userName}` }, { userIdentity: caller });

export default defineDetectionExamples({
  fires: [
    { name: "an admin's MFA removed by someone else", records: [deactivate('admin.alice')] },
    { name: 'a user removing their own MFA', records: [deactivate('bob.dev')] },
  ],
  quiet: [
    { name: 'MFA enabled (the opposite)', records: [iam('EnableMFADevice', { userName: 'bob.dev', serialNumber: `arn:aws:iam::${ACCOUNT}:mfa/bob.dev` }, { userIdentity: iamUser('bob.dev') })] },
    { name: 'refused', records: [failed(deactivate('admin.alice'))] },
    { name: "root's own device (its own detection)", records: [iam('DeactivateMFADevice', { serialNumber: `arn:aws:iam::${ACCOUNT}:mfa/root-account-mfa-device` }, { userIdentity: root() })] },
  ],
});
