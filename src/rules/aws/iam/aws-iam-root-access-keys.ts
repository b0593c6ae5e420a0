import { check, defineRule } from '../../kit/index.js';

export default defineRule({
  id: 'aws-iam-root-access-keys',
  title: 'Root user has access keys',
  severity: 'critical',
  provider: 'aws',
  service: 'iam',
  resourceType: 'aws.iam.root-account',
  description: 'The root user should have no access keys; use IAM roles or users with scoped permissions for programmatic access.',
  risk: 'A root access key is an unrestrictable, non-expiring credential for the whole account; once it leaks in a script, a repository or a laptop backup, nothing in IAM can limit what it does.',
  remediation: {
    cli: 'aws iam list-access-keys && aws iam delete-access-key --access-key-id KEY_ID   # run with the root user credentials',
    console: 'Sign in as the root user > Security credentials > Access keys: deactivate, then delete every key.',
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user_manage_delete-key.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-4',
  ],
  evaluate(root) {
    return check('accessKeysPresent', root.properties.accessKeysPresent, (present) => !present, {
      pass: 'The root user has no access keys',
      fail: 'The root user has access keys',
    });
  },
});
