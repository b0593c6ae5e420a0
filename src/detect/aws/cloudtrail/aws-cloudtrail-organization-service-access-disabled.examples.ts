import { defineDetectionExamples } from '../../kit/examples.js';
import { assumedRole, call, failed } from '../../kit/cloudtrail-records-a.js';

const caller = { userIdentity: assumedRole('OrgAdmin', 'mallory') };
const access = (eventName: string) => call('organizations.amazonaws.com', eventName, { servicePrincipal: 'guardduty.amazonaws.com' }, caller);

export default defineDetectionExamples({
  fires: [{ name: 'GuardDuty cut off', records: [access('DisableAWSServiceAccess')] }],
  quiet: [
    { name: 'enabled', records: [access('EnableAWSServiceAccess')] },
    { name: 'refused', records: [failed(access('DisableAWSServiceAccess'))] },
  ],
});
