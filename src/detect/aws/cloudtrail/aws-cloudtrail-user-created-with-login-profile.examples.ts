import { defineDetectionExamples } from '../../kit/examples.js';
import { at, failed, iam, iamUser } from '../../kit/cloudtrail-records-a.js';

const bob = { userIdentity: iamUser('bob.dev') };
const create = (u: string, minute = 0) => iam('CreateUser', { userName: u }, { ...bob, eventTime: at(minute) });
const profile = (u: string, minute = 1) => iam('CreateLoginProfile', { userName: u, passwordResetRequired: false }, { ...bob, eventTime: at(minute) });

export default defineDetectionExamples({
  fires: [{ name: 'user then password', records: [create('backdoor'), profile('backdoor', 2)] }],
  quiet: [
    { name: 'password for a different user', records: [create('backdoor'), profile('someone-else', 2)] },
    { name: 'password refused', records: [create('backdoor'), failed(profile('backdoor', 2))] },
    { name: 'password a day later', records: [create('backdoor'), profile('backdoor', 24 * 60)] },
  ],
});
