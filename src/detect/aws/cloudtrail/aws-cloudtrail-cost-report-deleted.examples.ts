import { defineDetectionExamples } from '../../kit/examples.js';
import { call, failed, iamUser } from '../../kit/cloudtrail-records-a.js';

const bob = { userIdentity: iamUser('bob.dev') };

export default defineDetectionExamples({
  fires: [
    { name: 'CUR deleted', records: [call('cur.amazonaws.com', 'DeleteReportDefinition', { reportName: 'hourly-cur' }, bob)] },
    { name: 'data export deleted', records: [call('bcm-data-exports.amazonaws.com', 'DeleteExport', { exportArn: 'arn:aws:bcm-data-exports:us-east-1:222222222222:export/cur2-0a1b2c3d' }, bob)] },
  ],
  quiet: [
    { name: 'report definitions listed', records: [call('cur.amazonaws.com', 'DescribeReportDefinitions', null, { ...bob, readOnly: true })] },
    { name: 'refused', records: [failed(call('cur.amazonaws.com', 'DeleteReportDefinition', { reportName: 'hourly-cur' }, bob))] },
  ],
});
