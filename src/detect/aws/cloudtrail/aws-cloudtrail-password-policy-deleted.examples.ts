import { defineDetectionExamples } from '../../kit/examples.js';
import { failed, iam, iamUser } from '../../kit/cloudtrail-records-a.js';

const del = iam('DeleteAccountPasswordPolicy', null, { userIdentity: iamUser('bob.dev') });

export default defineDetectionExamples({
  fires: [{ name: 'policy deleted', records: [del] }],
  quiet: [
    { name: 'no policy to delete', records: [failed(del, 'NoSuchEntityException', 'The account policy with name PasswordPolicy cannot be found.')] },
    { name: 'policy read', records: [iam('GetAccountPasswordPolicy', null, { userIdentity: iamUser('bob.dev'), readOnly: true })] },
  ],
});
