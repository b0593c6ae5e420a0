import { defineDetectionExamples } from '../../kit/examples.js';
import { consoleLogin, iamUser, root } from '../../kit/cloudtrail-records-a.js';

export default defineDetectionExamples({
  fires: [{ name: 'root password-only sign-in', records: [consoleLogin(root(), { success: true, mfa: false })] }],
  quiet: [
    { name: 'root with MFA', records: [consoleLogin(root(), { success: true, mfa: true })] },
    { name: 'failed root sign-in', records: [consoleLogin(root(), { success: false, mfa: false })] },
    { name: 'an IAM user without MFA', records: [consoleLogin(iamUser('bob.dev'), { success: true, mfa: false })] },
  ],
});
