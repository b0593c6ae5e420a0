import { defineDetectionExamples } from '../../kit/examples.js';
import { assumedRole, consoleLogin, iamUser } from '../../kit/cloudtrail-records-a.js';

export default defineDetectionExamples({
  fires: [{ name: 'password-only sign-in', records: [consoleLogin(iamUser('bob.dev'), { success: true, mfa: false })] }],
  quiet: [
    { name: 'sign-in with MFA', records: [consoleLogin(iamUser('bob.dev'), { success: true, mfa: true })] },
    { name: 'failed sign-in without MFA', records: [consoleLogin(iamUser('bob.dev'), { success: false, mfa: false })] },
    { name: 'federated SSO sign-in (MFA at the identity provider)', records: [consoleLogin(assumedRole('AWSReservedSSO_Admin_0123456789abcdef', 'bob@example.com'), { success: true, mfa: false })] },
  ],
});
