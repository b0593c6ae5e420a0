/**
 * AWS Secrets Manager (awsJson1_1, target prefix `secretsmanager`): secrets' metadata (never values) and
 * resource policies, read-only. ListSecrets pages with `MaxResults` (1-100) and `NextToken`.
 */
import { defineService, SimError, type CallContext } from '../service.js';
import { arnSuffix, int, page, required, sectionOf, str, withEpochs } from './data/common.js';

type Shape = Record<string, unknown>;

/** `account.regions[<region>].secretsmanager`. */
export interface SecretsManagerSection {
  /** `SecretListEntry` shapes (ARN, Name, KmsKeyId, RotationEnabled, RotationRules, ...; dates ISO-8601). */
  Secrets: Shape[];
  /** Secret name → resource policy JSON string (absent = no policy). */
  ResourcePolicies: Record<string, string>;
}

export function emptySecretsManager(): SecretsManagerSection {
  return { Secrets: [], ResourcePolicies: {} };
}

const DATES = ['LastRotatedDate', 'LastChangedDate', 'LastAccessedDate', 'DeletedDate', 'NextRotationDate', 'CreatedDate'];

/** When a world file gives no creation time: ListSecrets always returns one, so simcloud does too. */
const DEFAULT_CREATED = '2024-01-01T00:00:00Z';

/** Secret ARNs end in `-` and six random characters; a world file may leave the ARN (and creation time) out. */
function normalize(s: SecretsManagerSection, ctx: CallContext): void {
  for (const x of s.Secrets) {
    x.ARN ??= `arn:aws:secretsmanager:${ctx.region}:${ctx.account.id}:secret:${String(x.Name)}-${arnSuffix(String(x.Name))}`;
    x.CreatedDate ??= DEFAULT_CREATED;
  }
}

function section(ctx: CallContext): SecretsManagerSection {
  return sectionOf(ctx, 'secretsmanager', emptySecretsManager, normalize);
}

export default defineService({
  signingName: 'secretsmanager',
  protocol: 'awsJson1_1',
  targetPrefix: 'secretsmanager',
  operations: {
    ListSecrets(input, ctx) {
      const includeDeleted = input.IncludePlannedDeletion === true;
      const items = section(ctx).Secrets.filter((s) => includeDeleted || s.DeletedDate === undefined);
      const max = int(input, 'MaxResults', { min: 1, max: 100 }, 'InvalidParameterException') ?? 100;
      const p = page(items, str(input, 'NextToken'), max, 'InvalidNextTokenException');
      return { SecretList: p.items.map((s) => withEpochs(s, DATES)), NextToken: p.next };
    },
    GetResourcePolicy(input, ctx) {
      const id = required(input, 'SecretId', 'InvalidParameterException');
      const s = section(ctx).Secrets.find((x) => x.ARN === id || x.Name === id);
      if (!s) throw new SimError('ResourceNotFoundException', "Secrets Manager can't find the specified secret.");
      const name = String(s.Name);
      return { ARN: s.ARN, Name: name, ResourcePolicy: section(ctx).ResourcePolicies[name] };
    },
  },
});
