import { defineDetectionExamples } from '../../kit/examples.js';
import { assumedRole, failed, iam, repeat } from '../../kit/cloudtrail-records-a.js';

const caller = { userIdentity: assumedRole('ops', 'mallory') };
const del = (i: number) => iam('DeleteLoginProfile', { userName: `user-${i}` }, caller);

export default defineDetectionExamples({
  fires: [{ name: 'five passwords deleted', records: repeat(5, del) }],
  quiet: [
    { name: 'three passwords', records: repeat(3, del) },
    { name: 'refused', records: repeat(5, (i) => failed(del(i))) },
  ],
});
