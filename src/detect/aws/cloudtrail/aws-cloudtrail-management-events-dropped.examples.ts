import { defineDetectionExamples } from '../../kit/examples.js';
import { apiCall, refused } from '../../kit/cloudtrail-records-b.js';

const put = (p: Record<string, unknown>) => apiCall('cloudtrail', 'PutEventSelectors', { trailName: 'org-trail', ...p });
const s3Data = { type: 'AWS::S3::Object', values: ['arn:aws:s3:::payroll/'] };

export default defineDetectionExamples({
  fires: [
    { name: 'management events off', records: [put({ eventSelectors: [{ readWriteType: 'All', includeManagementEvents: false, dataResources: [s3Data] }] })] },
    { name: 'only read events', records: [put({ eventSelectors: [{ readWriteType: 'ReadOnly', includeManagementEvents: true, dataResources: [] }] })] },
    { name: 'advanced selectors with data only', records: [put({ advancedEventSelectors: [{ name: 'data', fieldSelectors: [{ field: 'eventCategory', equals: ['Data'] }, { field: 'resources.type', equals: ['AWS::S3::Object'] }] }] })] },
    { name: 'KMS excluded', records: [put({ eventSelectors: [{ readWriteType: 'All', includeManagementEvents: true, excludeManagementEventSources: ['kms.amazonaws.com'], dataResources: [] }] })] },
  ],
  quiet: [
    { name: 'all management events plus data', records: [put({ eventSelectors: [{ readWriteType: 'All', includeManagementEvents: true, dataResources: [s3Data] }] })] },
    { name: 'advanced selector logging management', records: [put({ advancedEventSelectors: [{ name: 'mgmt', fieldSelectors: [{ field: 'eventCategory', equals: ['Management'] }] }] })] },
    { name: 'refused', records: [refused(put({ eventSelectors: [{ readWriteType: 'ReadOnly', includeManagementEvents: true }] }))] },
  ],
});
