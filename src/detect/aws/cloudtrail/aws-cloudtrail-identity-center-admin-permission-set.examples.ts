import { defineDetectionExamples } from '../../kit/examples.js';
import { ADMIN_STATEMENT, READ_S3_STATEMENT, call, failed, iamUser, policyJson } from '../../kit/cloudtrail-records-a.js';

const base = { instanceArn: 'arn:aws:sso:::instance/ssoins-1234567890abcdef', permissionSetArn: 'arn:aws:sso:::permissionSet/ssoins-1234567890abcdef/ps-0123456789abcdef' };
const sso = (eventName: string, params: Record<string, unknown>) => call('sso.amazonaws.com', eventName, { ...base, ...params }, { userIdentity: iamUser('bob.dev') });

export default defineDetectionExamples({
  fires: [
    { name: 'AdministratorAccess attached', records: [sso('AttachManagedPolicyToPermissionSet', { managedPolicyArn: 'arn:aws:iam::aws:policy/AdministratorAccess' })] },
    { name: 'inline admin policy', records: [sso('PutInlinePolicyToPermissionSet', { inlinePolicy: policyJson(ADMIN_STATEMENT) })] },
  ],
  quiet: [
    { name: 'ReadOnlyAccess attached', records: [sso('AttachManagedPolicyToPermissionSet', { managedPolicyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' })] },
    { name: 'scoped inline policy', records: [sso('PutInlinePolicyToPermissionSet', { inlinePolicy: policyJson(READ_S3_STATEMENT) })] },
    { name: 'refused', records: [failed(sso('AttachManagedPolicyToPermissionSet', { managedPolicyArn: 'arn:aws:iam::aws:policy/AdministratorAccess' }))] },
  ],
});
