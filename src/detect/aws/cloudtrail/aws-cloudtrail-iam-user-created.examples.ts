import { defineDetectionExamples } from '../../kit/examples.js';
import { failed, iam, iamUser } from '../../kit/cloudtrail-records-a.js';

export default defineDetectionExamples({
  fires: [{ name: 'new user', records: [iam('CreateUser', { userName: 'svc-backup' }, { userIdentity: iamUser('bob.dev'), responseElements: { user: { userName: 'svc-backup', path: '/', arn: 'arn:aws:iam::222222222222:user/svc-backup', userId: 'AIDAEXAMPLENEWUSER01', createDate: 'Nov 27, 2026, 10:00:00 AM' } } })] }],
  quiet: [
    { name: 'refused', records: [failed(iam('CreateUser', { userName: 'svc-backup' }, { userIdentity: iamUser('bob.dev') }))] },
    { name: 'a group, not a user', records: [iam('CreateGroup', { groupName: 'readers' }, { userIdentity: iamUser('bob.dev') })] },
  ],
});
