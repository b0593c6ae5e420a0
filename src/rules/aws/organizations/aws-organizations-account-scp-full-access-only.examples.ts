import { defineExamples } from '../../kit/index.js';
import { FULL_ACCESS, orgAccount, orgUnit, scp } from '../../kit/aws-iam-fixtures-org.js';
import { unresolvable } from '../../../model/core/index.js';

const GUARD = { Version: '2012-10-17', Statement: [{ Effect: 'Deny' as const, Action: ['cloudtrail:StopLogging', 'cloudtrail:DeleteTrail'], Resource: '*' }] };
const member = orgAccount('222233334444', 'ou-prod');
const prod = orgUnit('ou-prod', 'r-root');
const full = scp('p-FullAWSAccess', FULL_ACCESS, ['r-root']);

export default defineExamples({
  model: {
    good: [[member, prod, full, scp('p-guard', GUARD, ['ou-prod'])], [orgAccount('333344445555', 'r-root'), full, scp('p-guard', GUARD, ['333344445555'])]],
    bad: [[member, prod, full], [member, prod]],
    unknown: [[member, prod, full, scp('p-guard', GUARD, ['ou-prod'], { targets: unresolvable('organizations:ListTargetsForPolicy denied') })]],
  },
});
