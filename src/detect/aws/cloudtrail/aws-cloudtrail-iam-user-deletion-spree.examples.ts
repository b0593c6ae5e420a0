import { defineDetectionExamples } from '../../kit/examples.js';
import { assumedRole, failed, iam, repeat } from '../../kit/cloudtrail-records-a.js';

const caller = { userIdentity: assumedRole('ops', 'mallory') };
const del = (i: number) => iam('DeleteUser', { userName: `user-${i}` }, caller);

export default defineDetectionExamples({
  fires: [{ name: 'six users in six minutes', records: repeat(6, del) }],
  quiet: [
    { name: 'four users', records: repeat(4, del) },
    { name: 'six refused deletions', records: repeat(6, (i) => failed(del(i), 'DeleteConflict', 'Cannot delete entity, must delete access keys first.')) },
    { name: 'six users over a day', records: repeat(6, del, 0, 120) },
  ],
});
