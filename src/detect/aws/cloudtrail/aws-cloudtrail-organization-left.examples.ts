import { defineDetectionExamples } from '../../kit/examples.js';
import { call, failed, root } from '../../kit/cloudtrail-records-a.js';

const leave = call('organizations.amazonaws.com', 'LeaveOrganization', null, { userIdentity: root() });

export default defineDetectionExamples({
  fires: [{ name: 'member account leaves', records: [leave] }],
  quiet: [
    { name: 'blocked by an SCP', records: [failed(leave)] },
    { name: 'organization read', records: [call('organizations.amazonaws.com', 'DescribeOrganization', null, { userIdentity: root(), readOnly: true })] },
  ],
});
