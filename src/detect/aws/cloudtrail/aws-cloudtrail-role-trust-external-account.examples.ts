import { defineDetectionExamples } from '../../kit/examples.js';
import { ACCOUNT, OTHER_ACCOUNT, failed, iam, iamUser, policyJson, trustStatement } from '../../kit/cloudtrail-records-a.js';

const bob = { userIdentity: iamUser('bob.dev') };
const update = (principal: unknown) => iam('UpdateAssumeRolePolicy', { roleName: 'deploy', policyDocument: policyJson(trustStatement(principal)) }, bob);

export default defineDetectionExamples({
  fires: [
    { name: 'trust to an unknown account root', records: [update({ AWS: `arn:aws:iam::${OTHER_ACCOUNT}:root` })] },
    { name: 'new role trusting a bare account id', records: [iam('CreateRole', { roleName: 'sync', assumeRolePolicyDocument: policyJson(trustStatement({ AWS: [OTHER_ACCOUNT] })) }, bob)] },
  ],
  quiet: [
    { name: 'an account of the organization', records: [update({ AWS: `arn:aws:iam::${OTHER_ACCOUNT}:role/ci` })], context: { knownAccounts: [OTHER_ACCOUNT] } },
    { name: 'the same account', records: [update({ AWS: `arn:aws:iam::${ACCOUNT}:role/ci` })] },
    { name: 'refused', records: [failed(update({ AWS: `arn:aws:iam::${OTHER_ACCOUNT}:root` }))] },
  ],
});
