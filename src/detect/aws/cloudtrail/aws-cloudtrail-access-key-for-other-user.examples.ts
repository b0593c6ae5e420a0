import { defineDetectionExamples } from '../../kit/examples.js';
import { assumedRole, failed, iam, iamUser } from '../../kit/cloudtrail-records-a.js';

const key = (userName: string) => ({ accessKey: { userName, accessKeyId: 'AKIAEXAMPLENEWKEY001', status: 'Active', createDate: 'Nov 27, 2026, 10:00:00 AM' } });

export default defineDetectionExamples({
  fires: [
    { name: 'a user creating a key for an admin', records: [iam('CreateAccessKey', { userName: 'admin.alice' }, { userIdentity: iamUser('bob.dev'), responseElements: key('admin.alice') })] },
    { name: 'a role creating a key for a user', records: [iam('CreateAccessKey', { userName: 'ci-deployer' }, { userIdentity: assumedRole('ops', 'mallory'), responseElements: key('ci-deployer') })] },
  ],
  quiet: [
    { name: 'a user rotating their own key (no userName)', records: [iam('CreateAccessKey', null, { userIdentity: iamUser('bob.dev'), responseElements: key('bob.dev') })] },
    { name: 'a user naming themselves', records: [iam('CreateAccessKey', { userName: 'bob.dev' }, { userIdentity: iamUser('bob.dev'), responseElements: key('bob.dev') })] },
    { name: 'refused for another user', records: [failed(iam('CreateAccessKey', { userName: 'admin.alice' }, { userIdentity: iamUser('bob.dev') }))] },
  ],
});
