import { defineDetectionExamples } from '../../kit/examples.js';
import { assumedRole, failed, iam, repeat } from '../../kit/cloudtrail-records-a.js';

const caller = { userIdentity: assumedRole('ops', 'mallory') };
const del = (i: number) => iam('DeleteRole', { roleName: `role-${i}` }, caller);

export default defineDetectionExamples({
  fires: [{ name: 'eight roles in four minutes', records: repeat(8, del, 0, 0.5) }],
  quiet: [
    { name: 'the same role retried', records: repeat(8, () => del(1), 0, 0.5) },
    { name: 'refused', records: repeat(8, (i) => failed(del(i)), 0, 0.5) },
  ],
});
