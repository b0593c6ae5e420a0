import { isFalse, isKnown } from '../../../model/core/index.js';
import { adminPredicate, check, defineRule, evidence, fail, isAdministratorAccessArn, judgeDocument, pass, unknown } from '../../kit/index.js';

export default defineRule({
  id: 'aws-iam-policy-aws-managed-admin-attached',
  title: 'AWS managed policy granting administrator access is attached',
  severity: 'high',
  provider: 'aws',
  service: 'iam',
  resourceType: 'aws.iam.policy',
  description:
    'An AWS managed policy that allows every action on every resource (AdministratorAccess, or any AWS policy whose document does) should not be attached to users, groups or roles outside a small, reviewed break-glass set. Customer managed policies are judged by aws-iam-policy-admin-access. Live scans only: IaC does not declare AWS managed policies.',
  risk: 'Each attachment of an administrator policy is a principal whose compromise is the compromise of the whole account; these attachments are easy to add and rarely removed.',
  remediation: {
    cli: 'aws iam list-entities-for-policy --policy-arn arn:aws:iam::aws:policy/AdministratorAccess   # then detach-user-policy / detach-role-policy / detach-group-policy',
    terraform: '# remove aws_iam_*_policy_attachment resources naming arn:aws:iam::aws:policy/AdministratorAccess; attach job-scoped policies instead',
    cloudformation: '# remove arn:aws:iam::aws:policy/AdministratorAccess from ManagedPolicyArns',
    console: 'IAM > Policies > AdministratorAccess > Entities attached: detach it from every principal that does not need break-glass access.',
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_job-functions.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-1',
  ],
  evaluate(policy) {
    const { awsManaged, attachmentCount, arn, document } = policy.properties;
    if (isFalse(awsManaged) || policy.origin.kind === 'iac') return undefined;
    if (!isKnown(awsManaged)) return unknown('whether the policy is AWS managed is unknown', evidence('awsManaged', awsManaged));
    // AdministratorAccess is judged by name so an unreadable document does not hide it.
    const admin = isKnown(arn) && isAdministratorAccessArn(arn.value)
      ? fail('AdministratorAccess', evidence('arn', arn))
      : judgeDocument('document', document, adminPredicate, 'AWS managed policy');
    if (admin.status === 'pass') return pass('The AWS managed policy does not grant administrator access', ...admin.evidence);
    if (admin.status === 'unknown') return admin;
    const attached = check('attachmentCount', attachmentCount, (c) => c === 0, { pass: 'The administrator policy is not attached to anything', fail: '' });
    if (attached.status !== 'fail') return attached;
    return fail(`${admin.message} grants administrator access and is attached to ${isKnown(attachmentCount) ? attachmentCount.value : '?'} principal(s)`, ...admin.evidence, ...attached.evidence);
  },
});
