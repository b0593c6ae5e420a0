import { defineDetectionExamples } from '../../kit/examples.js';
import { failed, iam, iamUser } from '../../kit/cloudtrail-records-a.js';

const created = (userName: string) => ({ loginProfile: { userName, createDate: 'Nov 27, 2026, 10:00:00 AM', passwordResetRequired: false } });

export default defineDetectionExamples({
  fires: [{ name: 'password for an admin user', records: [iam('CreateLoginProfile', { userName: 'admin.alice', passwordResetRequired: false }, { userIdentity: iamUser('bob.dev'), responseElements: created('admin.alice') })] }],
  quiet: [
    { name: 'a user creating their own password', records: [iam('CreateLoginProfile', { userName: 'bob.dev', passwordResetRequired: false }, { userIdentity: iamUser('bob.dev'), responseElements: created('bob.dev') })] },
    { name: 'refused', records: [failed(iam('CreateLoginProfile', { userName: 'admin.alice', passwordResetRequired: false }, { userIdentity: iamUser('bob.dev') }))] },
  ],
});
