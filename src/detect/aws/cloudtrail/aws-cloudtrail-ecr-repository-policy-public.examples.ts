import { defineDetectionExamples } from '../../kit/examples.js';
import { apiCall, refused } from '../../kit/cloudtrail-records-b.js';

const set = (statement: Record<string, unknown>) => apiCall('ecr', 'SetRepositoryPolicy', { repositoryName: 'payments-api', policyText: JSON.stringify({ Version: '2012-10-17', Statement: [{ Sid: 'pull', Effect: 'Allow', Action: ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'], ...statement }] }), force: false });

export default defineDetectionExamples({
  fires: [{ name: 'pull for everyone', records: [set({ Principal: '*' })] }],
  quiet: [
    { name: 'pull for one account', records: [set({ Principal: { AWS: 'arn:aws:iam::333344445555:root' } })] },
    { name: 'pull for the organization', records: [set({ Principal: '*', Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } } })] },
    { name: 'refused', records: [refused(set({ Principal: '*' }))] },
  ],
});
