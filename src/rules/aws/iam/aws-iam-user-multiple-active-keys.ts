import { isKnown } from '../../../model/core/index.js';
import { defineRule, evidence, fail, pass, unknown } from '../../kit/index.js';

export default defineRule({
  id: 'aws-iam-user-multiple-active-keys',
  title: 'IAM user has more than one active access key',
  severity: 'medium',
  provider: 'aws',
  service: 'iam',
  resourceType: 'aws.iam.user',
  description: 'An IAM user should have at most one active access key; two are only needed briefly while rotating.',
  risk: 'A second active key doubles the credentials that can leak, and usually means an old key was left active after a rotation that nobody finished.',
  remediation: {
    cli: 'aws iam list-access-keys --user-name USER && aws iam update-access-key --user-name USER --access-key-id UNUSED_KEY --status Inactive',
    console: 'IAM > Users > the user > Security credentials > Access keys: deactivate (then delete) the key clients no longer use.',
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html',
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#rotate-credentials',
  ],
  evaluate(user) {
    const keys = user.properties.accessKeys;
    const ev = evidence('accessKeys', keys);
    if (!isKnown(keys)) return unknown(`access keys could not be listed: ${keys.reason ?? 'unresolvable'}`, ev);
    const active = keys.value.filter((k) => isKnown(k.status) && k.status.value === 'Active').length;
    const undetermined = keys.value.filter((k) => !isKnown(k.status)).length;
    if (active > 1) return fail(`the user has ${active} active access keys`, ev);
    if (active + undetermined > 1) return unknown(`the status of ${undetermined} access key(s) is unknown; the user may have more than one active key`, ev);
    return pass(`the user has ${active} active access key(s)`, ev);
  },
});
