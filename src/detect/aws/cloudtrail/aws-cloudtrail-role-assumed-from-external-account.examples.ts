import { defineDetectionExamples } from '../../kit/examples.js';
import { ACCOUNT, OTHER_ACCOUNT, assumeRole, awsService, failed, iamUser, otherAccountCaller } from '../../kit/cloudtrail-records-a.js';

export default defineDetectionExamples({
  fires: [{ name: 'an unknown account assumes a role here', records: [assumeRole(otherAccountCaller(OTHER_ACCOUNT))] }],
  quiet: [
    { name: 'an organization account', records: [assumeRole(otherAccountCaller(OTHER_ACCOUNT))], context: { knownAccounts: [OTHER_ACCOUNT] } },
    { name: 'a user of this account', records: [assumeRole(iamUser('bob.dev', ACCOUNT))] },
    { name: 'a service principal', records: [assumeRole(awsService('lambda.amazonaws.com'))] },
    { name: 'refused', records: [failed(assumeRole(otherAccountCaller(OTHER_ACCOUNT)))] },
  ],
});
