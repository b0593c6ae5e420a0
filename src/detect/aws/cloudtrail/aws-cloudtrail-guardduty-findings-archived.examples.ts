import { defineDetectionExamples } from '../../kit/examples.js';
import { at } from '../../kit/cloudtrail-records.js';
import { apiCall, refused } from '../../kit/cloudtrail-records-b.js';

const ids = (from: number, n: number) => Array.from({ length: n }, (_, i) => `${(from + i).toString(16).padStart(8, '0')}a1b2c3d4e5f6a7b8c9d0e1f2`);
const archive = (minute: number, findingIds: string[]) => apiCall('guardduty', 'ArchiveFindings', { detectorId: '12abc34d567e8fa901bc2d34e56789f0', findingIds }, { eventTime: at(minute) });

export default defineDetectionExamples({
  fires: [
    { name: 'twelve findings in one call', records: [archive(0, ids(0, 12))] },
    { name: 'ten findings over three calls', records: [archive(0, ids(0, 4)), archive(2, ids(4, 3)), archive(5, ids(7, 3))] },
  ],
  quiet: [
    { name: 'the same five findings archived twice', records: [archive(0, ids(0, 5)), archive(1, ids(0, 5))] },
    { name: 'ten findings over an hour', records: [archive(0, ids(0, 5)), archive(45, ids(5, 5))] },
    { name: 'refused', records: [refused(archive(0, ids(0, 12)))] },
  ],
});
