import { defineRule, judgeActiveKeys } from '../../kit/index.js';

const LIMIT_DAYS = 45;

export default defineRule({
  id: 'aws-iam-user-access-key-unused-45-days',
  title: 'IAM user active access key unused for more than 45 days',
  severity: 'low',
  provider: 'aws',
  service: 'iam',
  resourceType: 'aws.iam.user',
  description:
    'An active access key not used for more than 45 days (or never used and created more than 45 days ago) should be deactivated and deleted. Inactive keys and IaC declarations (no usage history) are out of scope. Console passwords are judged by aws-iam-user-password-unused-45-days.',
  risk: 'Long-lived keys end up in old laptops, CI logs and repositories; a key nobody uses can be deleted at no cost, and while it lives its leak goes unnoticed.',
  remediation: {
    cli: 'aws iam update-access-key --user-name USER --access-key-id KEY_ID --status Inactive && aws iam delete-access-key --user-name USER --access-key-id KEY_ID',
    terraform: '# remove the aws_iam_access_key resource',
    cloudformation: '# remove the AWS::IAM::AccessKey resource (or set Status: Inactive first)',
    console: 'IAM > Users > the user > Security credentials > Access keys: Deactivate, then Delete the unused key.',
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html#Using_RotateAccessKey',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-22',
  ],
  evaluate(user, ctx) {
    if (user.origin.kind === 'iac') return undefined;
    return judgeActiveKeys(user.properties.accessKeys, ctx.now, LIMIT_DAYS);
  },
});
