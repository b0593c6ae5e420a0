/**
 * Amazon DynamoDB tables: encryption key type, point-in-time recovery and deletion protection.
 * DescribeTable names the KMS key but not who manages it, so a KMS-encrypted table's key is looked up with
 * kms:DescribeKey (`KeyManager` AWS → AWS_MANAGED, CUSTOMER → CUSTOMER_MANAGED); if that fails the key type
 * is unknown, never guessed. No `SSEDescription` means the AWS-owned key (the default).
 */
import { DescribeContinuousBackupsCommand, DescribeTableCommand, DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { DescribeKeyCommand, KMSClient } from '@aws-sdk/client-kms';
import type { Value } from '../../../../model/core/index.js';
import type { DynamoDbTableProperties } from '../../../../model/aws/data.js';
import { apiUnknown, apiValue, defineCollector, type CollectorContext, liveOrigin } from '../collector.js';
import { DETAIL_CONCURRENCY, fromCall, mapLimit } from './data/values.js';

const LIST = 'dynamodb:ListTables';
const DESCRIBE = 'dynamodb:DescribeTable';
const BACKUPS = 'dynamodb:DescribeContinuousBackups';
const KEY = 'kms:DescribeKey';

/** The key type from the table's SSE description, asking KMS who manages a named key. */
async function keyType(ctx: CollectorContext, sse: { Status?: string; SSEType?: string; KMSMasterKeyArn?: string } | undefined, uid: string): Promise<Value<string>> {
  const src = ctx.prov(DESCRIBE);
  if (!sse || sse.Status === 'DISABLED' || sse.Status === 'DISABLING') return apiValue('AWS_OWNED', src);
  if (!sse.KMSMasterKeyArn) return apiValue('AWS_MANAGED', src);
  const kms = ctx.client(KMSClient);
  const r = await ctx.call(KEY, () => kms.send(new DescribeKeyCommand({ KeyId: sse.KMSMasterKeyArn })), { resourceId: uid });
  if (!r.ok) return apiUnknown(r, ctx.prov(KEY));
  return apiValue(r.value.KeyMetadata?.KeyManager === 'CUSTOMER' ? 'CUSTOMER_MANAGED' : 'AWS_MANAGED', ctx.prov(KEY));
}

export default defineCollector({
  id: 'dynamodb',
  scope: 'regional',
  apiCalls: [LIST, DESCRIBE, BACKUPS, KEY],
  permissions: [LIST, DESCRIBE, BACKUPS, KEY],
  emits: ['aws.dynamodb.table'],
  async collect(ctx) {
    const ddb = ctx.client(DynamoDBClient);
    const names = await ctx.paginate<string>(LIST, async (token) => {
      const out = await ddb.send(new ListTablesCommand({ ExclusiveStartTableName: token, Limit: 100 }));
      return { items: out.TableNames ?? [], next: out.LastEvaluatedTableName };
    });
    if (!names.ok) return;
    const listSrc = ctx.prov(LIST);
    await mapLimit(names.value, DETAIL_CONCURRENCY, async (name) => {
      const fallbackUid = `arn:aws:dynamodb:${ctx.region}:${ctx.account}:table/${name}`;
      const [d, b] = await Promise.all([
        ctx.call(DESCRIBE, () => ddb.send(new DescribeTableCommand({ TableName: name })), { resourceId: fallbackUid }),
        ctx.call(BACKUPS, () => ddb.send(new DescribeContinuousBackupsCommand({ TableName: name })), { resourceId: fallbackUid }),
      ]);
      const table = d.ok ? d.value.Table : undefined;
      const uid = table?.TableArn ?? fallbackUid;
      const dsrc = ctx.prov(DESCRIBE);
      const properties: DynamoDbTableProperties = {
        encryptionKeyType: d.ok ? await keyType(ctx, table?.SSEDescription, uid) : apiUnknown(d, dsrc),
        pointInTimeRecovery: fromCall(b, ctx.prov(BACKUPS), (v) => v.ContinuousBackupsDescription?.PointInTimeRecoveryDescription?.PointInTimeRecoveryStatus === 'ENABLED'),
        deletionProtection: fromCall(d, dsrc, (v) => v.Table?.DeletionProtectionEnabled === true),
      };
      // Tags need dynamodb:ListTagsOfResource, one more call per table; not collected yet (no rule reads them).
      const tags = apiUnknown<Record<string, string>>({ reason: 'NotCollected', message: 'table tags are not collected (dynamodb:ListTagsOfResource)' }, listSrc);
      ctx.emit({ uid, type: 'aws.dynamodb.table', provider: 'aws', account: ctx.account, region: ctx.region, name, tags, properties, origin: liveOrigin(LIST), source: listSrc });
    });
  },
});
