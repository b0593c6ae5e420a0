import { defineDetectionExamples } from '../../kit/examples.js';
import { call, consoleLogin, failed, root } from '../../kit/cloudtrail-records-a.js';

const recovery = (eventName: string) => call('signin.amazonaws.com', eventName, null, { userIdentity: root(), eventType: 'AwsConsoleSignIn', responseElements: { [eventName]: 'Success' } });

export default defineDetectionExamples({
  fires: [
    { name: 'recovery requested', records: [recovery('PasswordRecoveryRequested')] },
    { name: 'recovery completed', records: [recovery('PasswordRecoveryCompleted')] },
  ],
  quiet: [
    { name: 'a refused recovery request', records: [failed(recovery('PasswordRecoveryRequested'), 'InvalidCaptcha', 'The captcha was not solved')] },
    { name: 'an ordinary root sign-in', records: [consoleLogin(root(), { success: true, mfa: true })] },
  ],
});
