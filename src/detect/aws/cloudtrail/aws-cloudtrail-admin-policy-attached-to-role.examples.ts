import { defineDetectionExamples } from '../../kit/examples.js';
import { assumedRole, failed, iam } from '../../kit/cloudtrail-records-a.js';

const attach = (policyArn: string) => iam('AttachRolePolicy', { roleName: 'lambda-exec', policyArn }, { userIdentity: assumedRole('lambda-exec', 'fn-report') });

export default defineDetectionExamples({
  fires: [{ name: 'a function role granting itself admin', records: [attach('arn:aws:iam::aws:policy/AdministratorAccess')] }],
  quiet: [
    { name: 'the basic Lambda execution policy', records: [attach('arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole')] },
    { name: 'refused', records: [failed(attach('arn:aws:iam::aws:policy/AdministratorAccess'))] },
  ],
});
