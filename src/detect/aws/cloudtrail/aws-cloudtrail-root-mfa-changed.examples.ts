import { defineDetectionExamples } from '../../kit/examples.js';
import { ACCOUNT, failed, iam, iamUser, root } from '../../kit/cloudtrail-records-a.js';

const rootSerial = `arn:aws:iam::${ACCOUNT}:mfa/root-account-mfa-device`;

export default defineDetectionExamples({
  fires: [
    { name: 'root deactivated its MFA', records: [iam('DeactivateMFADevice', { serialNumber: rootSerial }, { userIdentity: root() })] },
    { name: 'root enrolled a new virtual device', records: [iam('CreateVirtualMFADevice', { virtualMFADeviceName: 'root-account-mfa-device', path: '/' }, { userIdentity: root() })] },
  ],
  quiet: [
    { name: 'an IAM user enabling their own MFA', records: [iam('EnableMFADevice', { userName: 'bob.dev', serialNumber: `arn:aws:iam::${ACCOUNT}:mfa/bob.dev` }, { userIdentity: iamUser('bob.dev') })] },
    { name: 'a refused attempt on the root device', records: [failed(iam('DeactivateMFADevice', { serialNumber: rootSerial }, { userIdentity: root() }))] },
  ],
});
