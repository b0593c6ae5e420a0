import { defineDetectionExamples } from '../../kit/examples.js';
import { failed, iam, iamUser } from '../../kit/cloudtrail-records-a.js';

const add = (groupName: string) => iam('AddUserToGroup', { groupName, userName: 'bob.dev' }, { userIdentity: iamUser('bob.dev') });

export default defineDetectionExamples({
  fires: [
    { name: 'Administrators', records: [add('Administrators')] },
    { name: 'break-glass', records: [add('break-glass-users')] },
  ],
  quiet: [
    { name: 'developers', records: [add('developers')] },
    { name: 'refused', records: [failed(add('Administrators'))] },
  ],
});
