import { defineDetectionExamples } from '../../kit/examples.js';
import { OTHER_ACCOUNT, assumedRole, call, failed } from '../../kit/cloudtrail-records-a.js';

const remove = call('organizations.amazonaws.com', 'RemoveAccountFromOrganization', { accountId: OTHER_ACCOUNT }, { userIdentity: assumedRole('OrgAdmin', 'mallory') });

export default defineDetectionExamples({
  fires: [{ name: 'member removed', records: [remove] }],
  quiet: [
    { name: 'refused (account has no standalone payment method)', records: [failed(remove, 'ConstraintViolationException', 'The member account is missing one or more of the prerequisites required to operate as a standalone account.')] },
    { name: 'account moved between OUs', records: [call('organizations.amazonaws.com', 'MoveAccount', { accountId: OTHER_ACCOUNT, sourceParentId: 'ou-ab12-11111111', destinationParentId: 'ou-ab12-22222222' }, { userIdentity: assumedRole('OrgAdmin', 'mallory') })] },
  ],
});
