import { defineDetectionExamples } from '../../kit/examples.js';
import { failed, iam, iamUser } from '../../kit/cloudtrail-records-a.js';

const update = (params: Record<string, unknown>) => iam('UpdateAccountPasswordPolicy', params, { userIdentity: iamUser('bob.dev') });
const strong = { minimumPasswordLength: 14, requireSymbols: true, requireNumbers: true, requireUppercaseCharacters: true, requireLowercaseCharacters: true, allowUsersToChangePassword: true, passwordReusePrevention: 24 };

export default defineDetectionExamples({
  fires: [
    { name: 'length 8', records: [update({ ...strong, minimumPasswordLength: 8 })] },
    { name: 'reuse check left out (falls back to none)', records: [update({ minimumPasswordLength: 16 })] },
  ],
  quiet: [
    { name: 'CIS-compliant policy', records: [update(strong)] },
    { name: 'refused', records: [failed(update({ minimumPasswordLength: 6 }))] },
  ],
});
