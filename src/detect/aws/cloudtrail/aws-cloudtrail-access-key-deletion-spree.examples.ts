import { defineDetectionExamples } from '../../kit/examples.js';
import { assumedRole, iam, iamUser, repeat } from '../../kit/cloudtrail-records-a.js';

const caller = { userIdentity: assumedRole('ops', 'mallory') };
const del = (i: number) => iam('DeleteAccessKey', { userName: `user-${i}`, accessKeyId: `AKIAEXAMPLEDELETE00${i}` }, caller);
const disable = (i: number) => iam('UpdateAccessKey', { userName: `user-${i}`, accessKeyId: `AKIAEXAMPLEDISABLE0${i}`, status: 'Inactive' }, caller);

export default defineDetectionExamples({
  fires: [
    { name: 'keys of six users deleted', records: repeat(6, del) },
    { name: 'keys of five users disabled', records: repeat(5, disable) },
  ],
  quiet: [
    { name: 'one user rotating their own keys', records: repeat(6, (i) => iam('DeleteAccessKey', { accessKeyId: `AKIAEXAMPLEOWNKEY00${i}` }, { userIdentity: iamUser('bob.dev') })) },
    { name: 'keys re-enabled', records: repeat(6, (i) => iam('UpdateAccessKey', { userName: `user-${i}`, accessKeyId: `AKIAEXAMPLEENABLE00${i}`, status: 'Active' }, caller)) },
  ],
});
