/**
 * Amazon DynamoDB (awsJson1_0, target prefix `DynamoDB_20120810`): tables and their continuous backups,
 * read-only. ListTables pages with `Limit` (1-100) and `ExclusiveStartTableName`/`LastEvaluatedTableName`.
 */
import { defineService, SimError, type CallContext } from '../service.js';
import { int, required, sectionOf, str, withEpochs } from './data/common.js';

type Shape = Record<string, unknown>;

/** `account.regions[<region>].dynamodb`. */
export interface DynamoDbSection {
  /** `TableDescription` shapes (as DescribeTable's `Table`; `SSEDescription` absent = AWS-owned key). */
  Tables: Shape[];
  /** TableName → `ContinuousBackupsDescription` (absent = backups on, point-in-time recovery off). */
  ContinuousBackups: Record<string, Shape>;
}

export function emptyDynamoDb(): DynamoDbSection {
  return { Tables: [], ContinuousBackups: {} };
}

/** What DescribeTable always returns, for tables a world file gives without it. */
function normalize(s: DynamoDbSection, ctx: CallContext): void {
  for (const t of s.Tables) {
    t.TableArn ??= `arn:aws:dynamodb:${ctx.region}:${ctx.account.id}:table/${String(t.TableName)}`;
    t.TableStatus ??= 'ACTIVE';
  }
}

function section(ctx: CallContext): DynamoDbSection {
  return sectionOf(ctx, 'dynamodb', emptyDynamoDb, normalize);
}

function table(ctx: CallContext, name: string): Shape {
  const t = section(ctx).Tables.find((x) => x.TableName === name || x.TableArn === name);
  if (!t) throw new SimError('ResourceNotFoundException', `Requested resource not found: Table: ${name} not found`);
  return t;
}

export default defineService({
  signingName: 'dynamodb',
  protocol: 'awsJson1_0',
  targetPrefix: 'DynamoDB_20120810',
  operations: {
    ListTables(input, ctx) {
      const limit = int(input, 'Limit', { min: 1, max: 100 }) ?? 100;
      const after = str(input, 'ExclusiveStartTableName');
      const names = section(ctx).Tables.map((t) => String(t.TableName)).sort();
      const start = after === undefined ? 0 : names.findIndex((n) => n > after);
      const slice = start < 0 ? [] : names.slice(start, start + limit);
      const more = start >= 0 && start + limit < names.length;
      return { TableNames: slice, LastEvaluatedTableName: more ? slice[slice.length - 1] : undefined };
    },
    DescribeTable(input, ctx) {
      const t = table(ctx, required(input, 'TableName'));
      const sse = t.SSEDescription as Shape | undefined;
      return {
        Table: {
          ...withEpochs(t, ['CreationDateTime']),
          ...(sse ? { SSEDescription: withEpochs(sse, ['InaccessibleEncryptionDateTime']) } : {}),
        },
      };
    },
    DescribeContinuousBackups(input, ctx) {
      const name = required(input, 'TableName');
      const t = section(ctx).Tables.find((x) => x.TableName === name || x.TableArn === name);
      if (!t) throw new SimError('TableNotFoundException', `Table not found: ${name}`);
      const stored = section(ctx).ContinuousBackups[String(t.TableName)];
      const desc = stored ?? { ContinuousBackupsStatus: 'ENABLED', PointInTimeRecoveryDescription: { PointInTimeRecoveryStatus: 'DISABLED' } };
      const pitr = desc.PointInTimeRecoveryDescription as Shape | undefined;
      return {
        ContinuousBackupsDescription: {
          ...desc,
          ...(pitr ? { PointInTimeRecoveryDescription: withEpochs(pitr, ['EarliestRestorableDateTime', 'LatestRestorableDateTime']) } : {}),
        },
      };
    },
  },
});
