import { defineDetectionExamples } from '../../kit/examples.js';
import { failed, iam, iamUser } from '../../kit/cloudtrail-records-a.js';

const bob = { userIdentity: iamUser('bob.dev'), readOnly: true };

export default defineDetectionExamples({
  fires: [{ name: 'report downloaded', records: [iam('GetCredentialReport', null, bob)] }],
  quiet: [
    { name: 'report only generated', records: [iam('GenerateCredentialReport', null, { ...bob, readOnly: false })] },
    { name: 'not ready yet', records: [failed(iam('GetCredentialReport', null, bob), 'ReportNotPresent', 'Credential report not present')] },
  ],
});
