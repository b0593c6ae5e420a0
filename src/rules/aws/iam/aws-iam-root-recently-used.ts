import { daysSince, defineRule, evidence, fail, pass, unknown } from '../../kit/index.js';

const WINDOW_DAYS = 30;

export default defineRule({
  id: 'aws-iam-root-recently-used',
  title: 'Root user signed in during the last 30 days',
  severity: 'medium',
  provider: 'aws',
  service: 'iam',
  resourceType: 'aws.iam.root-account',
  description:
    'The root user should be kept for the few tasks only it can perform (closing the account, changing the support plan, some billing settings), so its console password should show no use in the last 30 days. Each root sign-in should be explained; day-to-day work belongs to IAM roles or Identity Center users.',
  risk: 'Root cannot be limited by any IAM or SCP policy; routine use of it multiplies the chances of its credentials being phished or left in a browser, and hides who did what.',
  remediation: {
    cli: 'aws iam generate-credential-report && aws iam get-credential-report --query Content --output text | base64 -d | head -2   # confirm, then investigate the sign-ins in CloudTrail (userIdentity.type = Root)',
    console: 'IAM > Credential report: check the <root_account> row\'s password_last_used; in CloudTrail, filter events by user name "root" to see what was done. Give the people involved IAM roles instead.',
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user.html#root-user-tasks',
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_getting-report.html',
  ],
  evaluate(root, ctx) {
    const used = root.properties.passwordLastUsed;
    const ev = evidence('passwordLastUsed', used);
    const days = daysSince(used, ctx.now);
    if (days === undefined) return unknown(`the root user's last sign-in is unknown: ${used.reason ?? 'not a date'}`, ev);
    if (days === null) return pass('The root user has no recorded sign-in', ev);
    return days <= WINDOW_DAYS ? fail(`the root user signed in ${days} day(s) ago`, ev) : pass(`the root user last signed in ${days} days ago`, ev);
  },
});
