import { defineDetectionExamples } from '../../kit/examples.js';
import { failed, iam, iamUser } from '../../kit/cloudtrail-records-a.js';

const attach = (policyArn: string) => iam('AttachUserPolicy', { userName: 'bob.dev', policyArn }, { userIdentity: iamUser('bob.dev') });

export default defineDetectionExamples({
  fires: [
    { name: 'AdministratorAccess to self', records: [attach('arn:aws:iam::aws:policy/AdministratorAccess')] },
    { name: 'IAMFullAccess in GovCloud', records: [attach('arn:aws-us-gov:iam::aws:policy/IAMFullAccess')] },
  ],
  quiet: [
    { name: 'a read-only managed policy', records: [attach('arn:aws:iam::aws:policy/ReadOnlyAccess')] },
    { name: 'a customer policy that happens to be named AdministratorAccess', records: [attach('arn:aws:iam::222222222222:policy/AdministratorAccess')] },
    { name: 'refused', records: [failed(attach('arn:aws:iam::aws:policy/AdministratorAccess'))] },
  ],
});
