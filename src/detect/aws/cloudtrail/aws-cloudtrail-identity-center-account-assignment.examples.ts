import { defineDetectionExamples } from '../../kit/examples.js';
import { call, failed, iamUser } from '../../kit/cloudtrail-records-a.js';

const params = { instanceArn: 'arn:aws:sso:::instance/ssoins-1234567890abcdef', targetId: '222222222222', targetType: 'AWS_ACCOUNT', permissionSetArn: 'arn:aws:sso:::permissionSet/ssoins-1234567890abcdef/ps-0123456789abcdef', principalType: 'USER', principalId: '906745b1-2061-70e1-0c4f-5b6e1f8a9c0d' };
const assign = (eventName: string) => call('sso.amazonaws.com', eventName, params, { userIdentity: iamUser('bob.dev') });

export default defineDetectionExamples({
  fires: [{ name: 'assignment created', records: [assign('CreateAccountAssignment')] }],
  quiet: [
    { name: 'assignment removed', records: [assign('DeleteAccountAssignment')] },
    { name: 'refused', records: [failed(assign('CreateAccountAssignment'))] },
  ],
});
