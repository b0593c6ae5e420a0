import { defineDetectionExamples } from '../../kit/examples.js';
import { ACCOUNT, failed, iam, iamUser, policyJson, trustStatement } from '../../kit/cloudtrail-records-a.js';

const bob = { userIdentity: iamUser('bob.dev') };
const update = (doc: string) => iam('UpdateAssumeRolePolicy', { roleName: 'deploy', policyDocument: doc }, bob);

export default defineDetectionExamples({
  fires: [
    { name: 'trust opened to AWS: *', records: [update(policyJson(trustStatement({ AWS: '*' })))] },
    { name: 'role created with Principal *', records: [iam('CreateRole', { roleName: 'open', assumeRolePolicyDocument: policyJson(trustStatement('*')) }, bob)] },
  ],
  quiet: [
    { name: '* scoped to the organization', records: [update(policyJson(trustStatement({ AWS: '*' }, { StringEquals: { 'aws:PrincipalOrgID': 'o-abc123def4' } })))] },
    { name: 'own account only', records: [update(policyJson(trustStatement({ AWS: `arn:aws:iam::${ACCOUNT}:root` })))] },
    { name: 'a service principal', records: [iam('CreateRole', { roleName: 'fn', assumeRolePolicyDocument: policyJson(trustStatement({ Service: 'lambda.amazonaws.com' })) }, bob)] },
    { name: 'refused', records: [failed(update(policyJson(trustStatement({ AWS: '*' }))))] },
  ],
});
