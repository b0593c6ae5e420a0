import { defineDetectionExamples } from '../../kit/examples.js';
import { assumedRole, at, iamUser } from '../../kit/cloudtrail-records.js';
import { apiCall, refused } from '../../kit/cloudtrail-records-b.js';

const dev = iamUser('dev.intern');
const policyArn = 'arn:aws:iam::222222222222:policy/dev-tools';
const newVersion = (minute: number, userIdentity = dev) => apiCall('iam', 'CreatePolicyVersion', { policyArn, policyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] }), setAsDefault: true }, { eventTime: at(minute), userIdentity });
const keyFor = (userName: string, minute: number, userIdentity = dev) => apiCall('iam', 'CreateAccessKey', { userName }, { eventTime: at(minute), userIdentity, responseElements: { accessKey: { accessKeyId: 'AKIAEXAMPLENEWKEY001', status: 'Active', userName, createDate: 'Nov 27, 2026 10:30:00 AM' } } });
const role = assumedRole('ci-runner', 'build-77');

export default defineDetectionExamples({
  fires: [
    { name: 'new default policy version, then a key for another user', records: [newVersion(0), keyFor('admin.backup', 20)] },
    { name: 'role attaches a policy to itself, then creates a user', records: [apiCall('iam', 'AttachRolePolicy', { roleName: 'ci-runner', policyArn: 'arn:aws:iam::aws:policy/IAMFullAccess' }, { eventTime: at(0), userIdentity: role }), apiCall('iam', 'CreateUser', { userName: 'svc-sync' }, { eventTime: at(3), userIdentity: role })] },
  ],
  quiet: [
    { name: 'admin attaches a policy to another user, then creates a key for them', records: [apiCall('iam', 'AttachUserPolicy', { userName: 'bob', policyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' }, { eventTime: at(0) }), keyFor('bob', 5, iamUser('maria.ops'))] },
    { name: 'a key for itself after the policy change', records: [newVersion(0), keyFor('dev.intern', 20)] },
    { name: 'admin action after the window', records: [newVersion(0), keyFor('admin.backup', 90)] },
    { name: 'the policy change was refused', records: [refused(newVersion(0)), keyFor('admin.backup', 20)] },
  ],
});
