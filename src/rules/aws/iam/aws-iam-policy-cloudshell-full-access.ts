import { isFalse, isKnown } from '../../../model/core/index.js';
import { check, defineRule, evidence, unknown } from '../../kit/index.js';

const CLOUDSHELL = /^arn:aws[a-z-]*:iam::aws:policy\/AWSCloudShellFullAccess$/;

export default defineRule({
  id: 'aws-iam-policy-cloudshell-full-access',
  title: 'AWSCloudShellFullAccess is attached to a principal',
  severity: 'medium',
  provider: 'aws',
  service: 'iam',
  resourceType: 'aws.iam.policy',
  description:
    'The AWS managed policy AWSCloudShellFullAccess should not be attached to users, groups or roles: grant the narrower CloudShell actions needed (no file upload or download) instead. Live scans only: IaC does not declare AWS managed policies.',
  risk: 'Full CloudShell access includes uploading and downloading files to a shell that carries the console session\'s credentials, an easy channel to move data out of the account or tools into it.',
  remediation: {
    cli: 'aws iam list-entities-for-policy --policy-arn arn:aws:iam::aws:policy/AWSCloudShellFullAccess   # then detach it from each entity',
    terraform: '# remove attachments of arn:aws:iam::aws:policy/AWSCloudShellFullAccess; grant cloudshell:CreateEnvironment, CreateSession, GetEnvironmentStatus, StartEnvironment only',
    cloudformation: '# remove arn:aws:iam::aws:policy/AWSCloudShellFullAccess from ManagedPolicyArns',
    console: 'IAM > Policies > AWSCloudShellFullAccess > Entities attached: detach it; attach a custom policy without cloudshell:PutFileUpload and GetFileDownloadUrls.',
  },
  references: [
    'https://docs.aws.amazon.com/cloudshell/latest/userguide/sec-auth-with-identities.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-27',
  ],
  evaluate(policy) {
    const { arn, attachmentCount } = policy.properties;
    if (!isKnown(arn)) return isFalse(policy.properties.awsManaged) ? undefined : unknown('the policy ARN is unknown', evidence('arn', arn));
    if (!CLOUDSHELL.test(arn.value)) return undefined;
    return check('attachmentCount', attachmentCount, (n) => n === 0, { pass: 'AWSCloudShellFullAccess is not attached', fail: 'AWSCloudShellFullAccess is attached to at least one principal' });
  },
});
