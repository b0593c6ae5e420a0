import { defineDetectionExamples } from '../../kit/examples.js';
import { OTHER_ACCOUNT, assumedRole, call, failed } from '../../kit/cloudtrail-records-a.js';

const caller = { userIdentity: assumedRole('OrgAdmin', 'mallory') };
const change = (eventName: string) => call('organizations.amazonaws.com', eventName, { accountId: OTHER_ACCOUNT, servicePrincipal: 'sso.amazonaws.com' }, caller);

export default defineDetectionExamples({
  fires: [
    { name: 'new delegated admin', records: [change('RegisterDelegatedAdministrator')] },
    { name: 'delegated admin removed', records: [change('DeregisterDelegatedAdministrator')] },
  ],
  quiet: [
    { name: 'refused', records: [failed(change('RegisterDelegatedAdministrator'))] },
    { name: 'listing delegated admins', records: [call('organizations.amazonaws.com', 'ListDelegatedAdministrators', null, { ...caller, readOnly: true })] },
  ],
});
