import { defineDetectionExamples } from '../../kit/examples.js';
import { OTHER_ACCOUNT, assumeRole, failed, iamUser, repeat } from '../../kit/cloudtrail-records-a.js';

const bob = iamUser('bob.dev');
const denied = (role: string) => failed(assumeRole(bob, role, { requestParameters: { roleArn: `arn:aws:iam::${OTHER_ACCOUNT}:role/${role}`, roleSessionName: 'probe' } }));
const names = ['admin', 'Admin', 'OrganizationAccountAccessRole', 'deploy', 'ci', 'terraform', 'readonly', 'audit', 'backup', 'ops', 'dev', 'prod'];

export default defineDetectionExamples({
  fires: [{ name: 'twelve role names guessed in six minutes', records: repeat(12, (i) => denied(names[i]!), 0, 0.5) }],
  quiet: [
    { name: 'one role retried twelve times', records: repeat(12, () => denied('deploy'), 0, 0.5) },
    { name: 'twelve roles assumed successfully', records: repeat(12, (i) => assumeRole(bob, names[i]!), 0, 0.5) },
    { name: 'twelve guesses over two hours', records: repeat(12, (i) => denied(names[i]!), 0, 10) },
  ],
});
