import { defineDetectionExamples } from '../../kit/examples.js';
import { ACCOUNT, failed, iam, iamUser, root } from '../../kit/cloudtrail-records-a.js';

const del = (device: string, caller = iamUser('bob.dev')) => iam('DeleteVirtualMFADevice', { serialNumber: `arn:aws:iam::${ACCOUNT}:mfa/${device}` }, { userIdentity: caller });

export default defineDetectionExamples({
  fires: [{ name: "a user's device deleted", records: [del('admin.alice')] }],
  quiet: [
    { name: 'refused', records: [failed(del('admin.alice'), 'DeleteConflict', 'MFA device is still in use')] },
    { name: "root's own device (its own detection)", records: [del('root-account-mfa-device', root())] },
  ],
});
