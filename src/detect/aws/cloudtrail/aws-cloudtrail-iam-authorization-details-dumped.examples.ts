import { defineDetectionExamples } from '../../kit/examples.js';
import { awsService, failed, iam, iamUser } from '../../kit/cloudtrail-records-a.js';

const dump = (identity: Record<string, unknown>) => iam('GetAccountAuthorizationDetails', { filter: ['User', 'Role', 'Group', 'LocalManagedPolicy'] }, { userIdentity: identity, readOnly: true });

export default defineDetectionExamples({
  fires: [{ name: 'a user dumping IAM', records: [dump(iamUser('bob.dev'))] }],
  quiet: [
    { name: 'refused', records: [failed(dump(iamUser('bob.dev')))] },
    { name: 'an AWS service principal', records: [dump(awsService('access-analyzer.amazonaws.com'))] },
  ],
});
