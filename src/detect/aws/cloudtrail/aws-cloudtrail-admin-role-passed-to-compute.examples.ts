import { defineDetectionExamples } from '../../kit/examples.js';
import { at, iamUser } from '../../kit/cloudtrail-records.js';
import { apiCall, refused } from '../../kit/cloudtrail-records-b.js';

const attach = (roleName: string, policyArn: string, minute = 0) => apiCall('iam', 'AttachRolePolicy', { roleName, policyArn }, { eventTime: at(minute) });
const fn = (role: string, minute: number, who = 'maria.ops') => apiCall('lambda', 'CreateFunction20150331', { functionName: 'helper', runtime: 'python3.12', role: `arn:aws:iam::222222222222:role/${role}`, handler: 'index.handler', code: {}, publish: false }, { eventTime: at(minute), userIdentity: iamUser(who) });
const admin = 'arn:aws:iam::aws:policy/AdministratorAccess';

export default defineDetectionExamples({
  fires: [
    { name: 'admin role, then a function with it', records: [attach('helper-role', admin, 0), fn('helper-role', 5)] },
    { name: 'inline admin policy, then an instance with the profile', records: [apiCall('iam', 'PutRolePolicy', { roleName: 'ops-box', policyName: 'all', policyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] }) }, { eventTime: at(0) }), apiCall('ec2', 'RunInstances', { instancesSet: { items: [{ imageId: 'ami-0a1b2c3d4e5f67890', minCount: 1, maxCount: 1 }] }, instanceType: 't3.micro', iamInstanceProfile: { name: 'ops-box' } }, { eventTime: at(12) })] },
  ],
  quiet: [
    { name: 'read-only policy on the role', records: [attach('helper-role', 'arn:aws:iam::aws:policy/ReadOnlyAccess', 0), fn('helper-role', 5)] },
    { name: 'function with another role', records: [attach('helper-role', admin, 0), fn('thumbnailer-role', 5)] },
    { name: 'function created two hours later', records: [attach('helper-role', admin, 0), fn('helper-role', 120)] },
    { name: 'another principal creates the function', records: [attach('helper-role', admin, 0), fn('helper-role', 5, 'alice')] },
    { name: 'the attach was refused', records: [refused(attach('helper-role', admin, 0)), fn('helper-role', 5)] },
  ],
});
