import { defineDetectionExamples } from '../../kit/examples.js';
import { at } from '../../kit/cloudtrail-records.js';
import { apiCall, refused } from '../../kit/cloudtrail-records-b.js';

const s3Data = [{ type: 'AWS::S3::Object', values: ['arn:aws:s3:::payroll-exports/'] }];
const put = (dataResources: unknown[], minute: number) => apiCall('cloudtrail', 'PutEventSelectors', { trailName: 'org-trail', eventSelectors: [{ readWriteType: 'All', includeManagementEvents: true, dataResources }] }, { eventTime: at(minute) });

export default defineDetectionExamples({
  fires: [
    { name: 'S3 data events removed', records: [put(s3Data, 0), put([], 30)] },
    { name: 'no data events, earlier selectors unknown (info)', records: [put([], 0)] },
  ],
  quiet: [
    { name: 'S3 data events kept', records: [put(s3Data, 0), put(s3Data, 30)] },
    { name: 'data events added to a trail', records: [put(s3Data, 0)] },
    { name: 'refused', records: [put(s3Data, 0), refused(put([], 30))] },
  ],
});
