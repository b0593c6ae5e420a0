import { isKnown } from '../../../model/core/index.js';
import { defineRule, evidence, fail, pass, unknown } from '../../kit/index.js';

const DAY = 86_400_000;
/** A secret nobody read for this long is probably orphaned: its credential still works but nobody watches it. */
const MAX_IDLE_DAYS = 90;

export default defineRule({
  id: 'aws-secretsmanager-secret-unused',
  title: 'Secrets Manager secret has not been read for 90 days',
  severity: 'low',
  provider: 'aws',
  service: 'secretsmanager',
  resourceType: 'aws.secretsmanager.secret',
  description:
    'Flags secrets whose last access is more than 90 days ago, or that were never read and are older than 90 days. Access dates exist only for deployed secrets, so configuration files are not judged.',
  risk: 'An unused secret usually holds a credential that still works (a database password, an API token) for a system nobody owns any more; it is a standing key that no one will notice being used.',
  remediation: {
    cli: 'aws secretsmanager delete-secret --secret-id SECRET_ID --recovery-window-in-days 30   # after revoking the credential it holds',
    terraform: '# remove the aws_secretsmanager_secret (and revoke the credential it holds)',
    cloudformation: '# remove the AWS::SecretsManager::Secret (and revoke the credential it holds)',
    console: 'Secrets Manager > Secrets > secret > check "Last retrieved"; revoke the credential at its source, then Actions > Delete secret.',
  },
  references: [
    'https://docs.aws.amazon.com/secretsmanager/latest/userguide/manage_delete-secret.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/secretsmanager-controls.html#secretsmanager-3',
  ],
  evaluate(secret, ctx) {
    if (ctx.sourceKind === 'iac') return undefined;
    const { createdAt, lastAccessedAt } = secret.properties;
    const ev = [evidence('lastAccessedAt', lastAccessedAt), evidence('createdAt', createdAt)];
    if (!isKnown(lastAccessedAt)) return unknown(`The last access could not be determined: ${lastAccessedAt.reason ?? 'unresolvable'}`, ...ev);
    const since = lastAccessedAt.value ?? (isKnown(createdAt) ? createdAt.value : undefined);
    if (since === undefined) return unknown(`The secret was never read and its creation time could not be determined: ${createdAt.reason ?? 'unresolvable'}`, ...ev);
    if (since === null) return unknown('The secret was never read and has no creation time', ...ev);
    const days = Math.floor((ctx.now.getTime() - Date.parse(since)) / DAY);
    const what = lastAccessedAt.value === null ? `never read, created ${days} days ago` : `last read ${days} days ago`;
    return days > MAX_IDLE_DAYS ? fail(`The secret was ${what}`, ...ev) : pass(`The secret was ${what}`, ...ev);
  },
});
