import { defineDetectionExamples } from '../../kit/examples.js';
import { failed, iam, iamUser } from '../../kit/cloudtrail-records-a.js';

const attach = (policyArn: string) => iam('AttachGroupPolicy', { groupName: 'developers', policyArn }, { userIdentity: iamUser('bob.dev') });

export default defineDetectionExamples({
  fires: [{ name: 'PowerUserAccess to developers', records: [attach('arn:aws:iam::aws:policy/PowerUserAccess')] }],
  quiet: [
    { name: 'a job-function read policy', records: [attach('arn:aws:iam::aws:policy/job-function/ViewOnlyAccess')] },
    { name: 'refused', records: [failed(attach('arn:aws:iam::aws:policy/AdministratorAccess'))] },
  ],
});
