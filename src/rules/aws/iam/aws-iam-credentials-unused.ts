import { isFalse, isKnown } from '../../../model/core/index.js';
import { all, defineRule, evidence, judgeKeyUse, judgePasswordUse, unknown, type Outcome } from '../../kit/index.js';

const LIMIT_DAYS = 45;

export default defineRule({
  id: 'aws-iam-credentials-unused',
  title: 'IAM user credentials unused for more than 45 days',
  severity: 'medium',
  provider: 'aws',
  service: 'iam',
  resourceType: 'aws.iam.user',
  description:
    'A console password or active access key not used for more than 45 days (or a key never used and older than 45 days) should be disabled. Users with neither, and IaC declarations (which have no usage history), are out of scope.',
  risk: 'Dormant credentials belong to people who left or scripts nobody maintains; no one would notice them being used by someone else.',
  remediation: {
    cli: 'aws iam delete-login-profile --user-name USER && aws iam update-access-key --user-name USER --access-key-id KEY_ID --status Inactive',
    console: 'IAM > Users > the user > Security credentials: Manage console access > Disable; Access keys > Deactivate the unused key.',
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_finding-unused.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-22',
  ],
  evaluate(user, ctx) {
    // Key ages and last use exist only once deployed: IaC declares credentials that have no history yet.
    if (user.origin.kind === 'iac') return undefined;
    const { hasConsolePassword, passwordLastUsed, accessKeys } = user.properties;
    const outs: Outcome[] = [];
    if (!isKnown(hasConsolePassword)) outs.push(unknown('whether the user has a console password is unknown', evidence('hasConsolePassword', hasConsolePassword)));
    else if (hasConsolePassword.value) outs.push(judgePasswordUse(passwordLastUsed, ctx.now, LIMIT_DAYS, user.properties.passwordCreatedAt));
    if (!isKnown(accessKeys)) outs.push(unknown('access keys could not be listed', evidence('accessKeys', accessKeys)));
    else {
      accessKeys.value.forEach((k, i) => {
        if (!isKnown(k.status)) outs.push(unknown(`status of access key #${i} is unknown`, evidence(`accessKeys[${i}].status`, k.status)));
        else if (k.status.value === 'Active') outs.push(judgeKeyUse(k, i, ctx.now, LIMIT_DAYS));
      });
    }
    if (outs.length === 0 && isFalse(hasConsolePassword)) return undefined;
    return all(outs, 'Every console password and active access key was used in the last 45 days');
  },
});
