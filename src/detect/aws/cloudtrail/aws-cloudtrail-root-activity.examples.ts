import { defineDetectionExamples } from '../../kit/examples.js';
import { awsService, ctEvent, iamUser, root } from '../../kit/cloudtrail-records.js';

export default defineDetectionExamples({
  fires: [
    { name: 'root console sign-in', records: [ctEvent('signin.amazonaws.com', 'ConsoleLogin', { userIdentity: root(), eventType: 'AwsConsoleSignIn', additionalEventData: { MFAUsed: 'No' }, responseElements: { ConsoleLogin: 'Success' } })] },
    { name: 'root API call', records: [ctEvent('iam.amazonaws.com', 'CreateAccessKey', { userIdentity: root() })] },
  ],
  quiet: [
    { name: 'an IAM user', records: [ctEvent('iam.amazonaws.com', 'CreateAccessKey', { userIdentity: iamUser('alice') })] },
    { name: 'a service acting for root', records: [ctEvent('s3.amazonaws.com', 'PutObject', { userIdentity: { ...root(), invokedBy: 'cloudtrail.amazonaws.com' } })] },
    { name: 'a service principal', records: [ctEvent('sts.amazonaws.com', 'AssumeRole', { userIdentity: awsService('lambda.amazonaws.com') })] },
    { name: 'a failed root sign-in', records: [ctEvent('signin.amazonaws.com', 'ConsoleLogin', { userIdentity: root(), errorMessage: 'Failed authentication', responseElements: { ConsoleLogin: 'Failure' }, errorCode: 'Failed authentication' })] },
  ],
});
