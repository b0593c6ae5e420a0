import { isKnown } from '../../../model/core/index.js';
import type { Outcome } from '../../kit/index.js';
import { all, defineRule, evidence, fail, pass, unknown } from '../../kit/index.js';

export default defineRule({
  id: 'aws-iam-user-access-key-unused-since-creation',
  title: 'IAM console user has an active access key that was never used',
  severity: 'medium',
  provider: 'aws',
  service: 'iam',
  resourceType: 'aws.iam.user',
  description:
    'Users with a console password should not be handed an access key at setup "just in case": an active key of a console user that has never been used was most likely created with the user and is not needed. Create keys when a need arises. IaC declarations (no usage history) are out of scope.',
  risk: 'Keys issued by default double every person\'s long-lived credentials and sit in onboarding e-mails and password managers, unused and unwatched.',
  remediation: {
    cli: 'aws iam delete-access-key --user-name USER --access-key-id KEY_ID',
    terraform: '# remove the aws_iam_access_key created with the user',
    cloudformation: '# remove the AWS::IAM::AccessKey created with the user',
    console: 'IAM > Users > the user > Security credentials > Access keys: Delete the key whose "Last used" is N/A.',
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html',
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_getting-report.html',
  ],
  evaluate(user) {
    if (user.origin.kind === 'iac') return undefined;
    const { hasConsolePassword, accessKeys } = user.properties;
    if (!isKnown(hasConsolePassword)) return unknown('whether the user has a console password is unknown', evidence('hasConsolePassword', hasConsolePassword));
    if (!hasConsolePassword.value) return undefined;
    if (!isKnown(accessKeys)) return unknown('access keys could not be listed', evidence('accessKeys', accessKeys));
    const outs: Outcome[] = accessKeys.value.flatMap((k, i): Outcome[] => {
      if (isKnown(k.status) && k.status.value === 'Inactive') return [];
      const ev = evidence(`accessKeys[${i}].lastUsedAt`, k.lastUsedAt);
      if (!isKnown(k.status) || !isKnown(k.lastUsedAt)) return [unknown(`status or last use of access key #${i} is unknown`, ev)];
      return [k.lastUsedAt.value === null ? fail(`active access key #${i} of a console user has never been used`, ev) : pass('', ev)];
    });
    if (outs.length === 0) return pass('The console user has no active access key', evidence('accessKeys', accessKeys));
    return all(outs, 'Every active access key of the console user has been used');
  },
});
