import { defineDetectionExamples } from '../../kit/examples.js';
import { at } from '../../kit/cloudtrail-records.js';
import { apiCall, refused } from '../../kit/cloudtrail-records-b.js';

const data = (second: number) => ({ managementEvent: false, eventCategory: 'Data', eventTime: at(second / 60) });
const deleteOne = (i: number, second: number) => apiCall('s3', 'DeleteObject', { bucketName: 'backups-prod', Host: 'backups-prod.s3.amazonaws.com', key: `db/dump-${i}.sql.gz` }, data(second));
const deleteMany = (from: number, n: number, second: number) => apiCall('s3', 'DeleteObjects', { bucketName: 'backups-prod', Host: 'backups-prod.s3.amazonaws.com', delete: { Object: Array.from({ length: n }, (_, i) => ({ Key: `db/dump-${from + i}.sql.gz` })), Quiet: true } }, data(second));

export default defineDetectionExamples({
  fires: [
    { name: '120 single deletes in two minutes', records: Array.from({ length: 120 }, (_, i) => deleteOne(i, i)) },
    { name: 'two batch deletes of 60 keys', records: [deleteMany(0, 60, 0), deleteMany(60, 60, 30)] },
  ],
  quiet: [
    { name: '99 deletes', records: Array.from({ length: 99 }, (_, i) => deleteOne(i, i)) },
    { name: 'the same key deleted 150 times', records: Array.from({ length: 150 }, (_, i) => deleteOne(7, i)) },
    { name: '150 deletes over a day', records: Array.from({ length: 150 }, (_, i) => deleteOne(i, i * 600)) },
    { name: 'refused deletes', records: Array.from({ length: 120 }, (_, i) => refused(deleteOne(i, i))) },
  ],
});
