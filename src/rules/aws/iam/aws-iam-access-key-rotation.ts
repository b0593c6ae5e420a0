import { isKnown } from '../../../model/core/index.js';
import type { AccessKey } from '../../../model/aws/iam.js';
import { at, daysSince, defineRule, evidence, fail, pass, unknown, type Outcome } from '../../kit/index.js';

const MAX_AGE_DAYS = 90;

function judgeKey(k: AccessKey, i: number, now: Date): Outcome {
  const ev = evidence(`accessKeys[${i}].createdAt`, k.createdAt);
  const id = isKnown(k.id) ? k.id.value : `#${i}`;
  if (!isKnown(k.status)) return unknown(`status of access key ${id} is unknown: ${k.status.reason ?? 'unresolvable'}`, evidence(`accessKeys[${i}].status`, k.status));
  const age = daysSince(k.createdAt, now);
  if (age === undefined || age === null) return unknown(`creation date of access key ${id} is unknown`, ev);
  return age > MAX_AGE_DAYS
    ? fail(`active access key ${id} is ${age} days old (limit ${MAX_AGE_DAYS})`, ev)
    : pass(`active access key ${id} is ${age} days old`, ev);
}

export default defineRule({
  id: 'aws-iam-access-key-rotation',
  title: 'IAM user access key not rotated in 90 days',
  severity: 'medium',
  provider: 'aws',
  service: 'iam',
  resourceType: 'aws.iam.user',
  description: 'Every active access key of an IAM user should be younger than 90 days. One verdict per active key; users without active keys, and IaC declarations (keys not created yet), are out of scope.',
  risk: 'The older a key, the more places it has been copied to (scripts, CI variables, laptops, backups) and the longer a leaked copy keeps working.',
  remediation: {
    cli: 'aws iam create-access-key --user-name USER   # switch clients to the new key, then: aws iam update-access-key --user-name USER --access-key-id OLD_KEY --status Inactive && aws iam delete-access-key --user-name USER --access-key-id OLD_KEY',
    console: 'IAM > Users > the user > Security credentials > Access keys: create a new key, move clients to it, then deactivate and delete the old key. Better: replace user keys with roles (IAM Identity Center, OIDC, instance profiles).',
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html#rotating_access_keys_console',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-3',
  ],
  evaluate(user, ctx) {
    // Key ages and last use exist only once deployed: IaC declares credentials that have no history yet.
    if (user.origin.kind === 'iac') return undefined;
    const keys = user.properties.accessKeys;
    if (!isKnown(keys)) return unknown(`access keys could not be listed: ${keys.reason ?? 'unresolvable'}`, evidence('accessKeys', keys));
    const candidates = keys.value.map((k, i) => ({ k, i })).filter(({ k }) => !isKnown(k.status) || k.status.value === 'Active');
    if (candidates.length === 0) return undefined;
    return candidates.map(({ k, i }) => at(judgeKey(k, i, ctx.now), `accessKeys[${i}]`, k.source.kind === 'none' ? undefined : k.source));
  },
});
