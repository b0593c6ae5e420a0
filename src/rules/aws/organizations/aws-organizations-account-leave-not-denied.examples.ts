import { defineExamples } from '../../kit/index.js';
import { FULL_ACCESS, orgAccount, orgUnit, scp } from '../../kit/aws-iam-fixtures-org.js';
import { unresolvable } from '../../../model/core/index.js';

const DENY_LEAVE = { Version: '2012-10-17', Statement: [{ Effect: 'Deny' as const, Action: 'organizations:LeaveOrganization', Resource: '*' }] };
const member = orgAccount('222233334444', 'ou-prod');
const prod = orgUnit('ou-prod', 'r-root');
const full = scp('p-FullAWSAccess', FULL_ACCESS, ['r-root']);

export default defineExamples({
  model: {
    good: [[member, prod, full, scp('p-denyleave', DENY_LEAVE, ['r-root'])], [member, prod, full, scp('p-denyleave', DENY_LEAVE, ['ou-prod'])]],
    bad: [[member, prod, full], [member, prod, full, scp('p-denyleave', DENY_LEAVE, ['ou-other'])]],
    unknown: [[member, prod, full, scp('p-unread', DENY_LEAVE, ['r-root'], { targets: unresolvable('organizations:ListTargetsForPolicy denied') })], [orgAccount('222233334444', 'ou-missing'), full]],
  },
});
