import { defineDetectionExamples } from '../../kit/examples.js';
import { failed, iam, iamUser } from '../../kit/cloudtrail-records-a.js';

export default defineDetectionExamples({
  fires: [
    { name: 'CodeCommit credential for another user', records: [iam('CreateServiceSpecificCredential', { userName: 'admin.alice', serviceName: 'codecommit.amazonaws.com' }, { userIdentity: iamUser('bob.dev') })] },
    { name: 'SSH key for another user', records: [iam('UploadSSHPublicKey', { userName: 'admin.alice', sSHPublicKeyBody: 'ssh-rsa AAAAB3NzaC1yc2E example' }, { userIdentity: iamUser('bob.dev') })] },
  ],
  quiet: [
    { name: 'own credential', records: [iam('CreateServiceSpecificCredential', { userName: 'bob.dev', serviceName: 'codecommit.amazonaws.com' }, { userIdentity: iamUser('bob.dev') })] },
    { name: 'refused', records: [failed(iam('UploadSSHPublicKey', { userName: 'admin.alice', sSHPublicKeyBody: 'ssh-rsa AAAA' }, { userIdentity: iamUser('bob.dev') }))] },
  ],
});
