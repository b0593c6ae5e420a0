import { defineDetectionExamples } from '../../kit/examples.js';
import { assumedRole, failed, iam } from '../../kit/cloudtrail-records-a.js';

const caller = { userIdentity: assumedRole('delegated-admin', 'mallory') };

export default defineDetectionExamples({
  fires: [
    { name: 'role boundary removed', records: [iam('DeleteRolePermissionsBoundary', { roleName: 'app-role' }, caller)] },
    { name: 'user boundary removed', records: [iam('DeleteUserPermissionsBoundary', { userName: 'bob.dev' }, caller)] },
  ],
  quiet: [
    { name: 'a boundary set, not removed', records: [iam('PutRolePermissionsBoundary', { roleName: 'app-role', permissionsBoundary: 'arn:aws:iam::222222222222:policy/boundary' }, caller)] },
    { name: 'refused', records: [failed(iam('DeleteRolePermissionsBoundary', { roleName: 'app-role' }, caller))] },
  ],
});
