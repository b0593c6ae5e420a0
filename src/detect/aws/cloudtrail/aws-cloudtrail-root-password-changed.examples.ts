import { defineDetectionExamples } from '../../kit/examples.js';
import { call, iam, iamUser, root } from '../../kit/cloudtrail-records-a.js';

const updated = (result: string) => call('signin.amazonaws.com', 'PasswordUpdated', null, { userIdentity: root(), eventType: 'AwsConsoleSignIn', responseElements: { PasswordUpdated: result } });

export default defineDetectionExamples({
  fires: [{ name: 'root changed its password', records: [updated('Success')] }],
  quiet: [
    { name: 'a failed change', records: [updated('Failure')] },
    { name: 'an IAM user changing their own password', records: [iam('ChangePassword', null, { userIdentity: iamUser('bob.dev') })] },
  ],
});
