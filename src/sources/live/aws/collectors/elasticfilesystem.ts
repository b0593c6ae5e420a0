/**
 * Amazon EFS file systems (encryption at rest, KMS key, file system policy, automatic backups) and access
 * points (root directory and enforced POSIX user). `PolicyNotFound` means the file system has no policy (a
 * real `null`), or for the backup policy that automatic backups were never turned on; any other failure
 * leaves the value unknown.
 */
import {
  DescribeAccessPointsCommand,
  DescribeBackupPolicyCommand,
  DescribeFileSystemPolicyCommand,
  DescribeFileSystemsCommand,
  EFSClient,
  type AccessPointDescription,
  type FileSystemDescription,
} from '@aws-sdk/client-efs';
import type { EfsAccessPointProperties, EfsFileSystemProperties } from '../../../../model/aws/data.js';
import { apiValue, defineCollector, type CollectorContext, liveOrigin } from '../collector.js';
import { DETAIL_CONCURRENCY, field, fromCall, mapLimit, policyFromCall, tagMap } from './data/values.js';

const LIST = 'elasticfilesystem:DescribeFileSystems';
const POLICY = 'elasticfilesystem:DescribeFileSystemPolicy';
const BACKUP = 'elasticfilesystem:DescribeBackupPolicy';
const ACCESS_POINTS = 'elasticfilesystem:DescribeAccessPoints';

const fsUid = (ctx: CollectorContext, id: string) => `arn:aws:elasticfilesystem:${ctx.region}:${ctx.account}:file-system/${id}`;

async function collectAccessPoints(ctx: CollectorContext, efs: EFSClient): Promise<void> {
  const list = await ctx.paginate<AccessPointDescription>(ACCESS_POINTS, async (NextToken) => {
    const out = await efs.send(new DescribeAccessPointsCommand({ NextToken, MaxResults: 1000 }));
    return { items: out.AccessPoints ?? [], next: out.NextToken };
  });
  if (!list.ok) return;
  const src = ctx.prov(ACCESS_POINTS);
  for (const ap of list.value) {
    const id = ap.AccessPointId ?? '';
    const user = ap.PosixUser;
    const properties: EfsAccessPointProperties = {
      fileSystemId: apiValue(fsUid(ctx, ap.FileSystemId ?? ''), src),
      rootDirectoryPath: field(ap.RootDirectory?.Path, '/', src, 'no root directory: clients see the whole file system'),
      posixUser: apiValue(user?.Uid !== undefined && user.Gid !== undefined ? { uid: user.Uid, gid: user.Gid } : null, src),
    };
    const uid = ap.AccessPointArn ?? `arn:aws:elasticfilesystem:${ctx.region}:${ctx.account}:access-point/${id}`;
    ctx.emit({ uid, type: 'aws.efs.access-point', provider: 'aws', account: ctx.account, region: ctx.region, name: ap.Name ?? id, tags: apiValue(tagMap(ap.Tags), src), properties, origin: liveOrigin(ACCESS_POINTS), source: src });
  }
}

export default defineCollector({
  id: 'efs',
  scope: 'regional',
  apiCalls: [LIST, POLICY, BACKUP, ACCESS_POINTS],
  permissions: [LIST, POLICY, BACKUP, ACCESS_POINTS],
  emits: ['aws.efs.file-system', 'aws.efs.access-point'],
  async collect(ctx) {
    const efs = ctx.client(EFSClient);
    const list = await ctx.paginate<FileSystemDescription>(LIST, async (Marker) => {
      const out = await efs.send(new DescribeFileSystemsCommand({ Marker, MaxItems: 100 }));
      return { items: out.FileSystems ?? [], next: out.NextMarker };
    });
    if (list.ok) {
      const src = ctx.prov(LIST);
      await mapLimit(list.value, DETAIL_CONCURRENCY, async (fs) => {
        const id = fs.FileSystemId ?? '';
        const uid = fs.FileSystemArn ?? fsUid(ctx, id);
        const [pol, backup] = await Promise.all([
          ctx.call(POLICY, () => efs.send(new DescribeFileSystemPolicyCommand({ FileSystemId: id })), { resourceId: uid, expected: ['PolicyNotFound'] }),
          ctx.call(BACKUP, () => efs.send(new DescribeBackupPolicyCommand({ FileSystemId: id })), { resourceId: uid, expected: ['PolicyNotFound'] }),
        ]);
        const properties: EfsFileSystemProperties = {
          encrypted: field(fs.Encrypted, false, src),
          kmsKeyId: apiValue(fs.KmsKeyId ?? null, src),
          policy: policyFromCall(pol, ctx.prov(POLICY), (v) => v?.Policy),
          automaticBackups: fromCall(backup, ctx.prov(BACKUP), (v) => v?.BackupPolicy?.Status === 'ENABLED' || v?.BackupPolicy?.Status === 'ENABLING'),
        };
        ctx.emit({ uid, type: 'aws.efs.file-system', provider: 'aws', account: ctx.account, region: ctx.region, name: fs.Name ?? id, tags: apiValue(tagMap(fs.Tags), src), properties, origin: liveOrigin(LIST), source: src });
      });
    }
    await collectAccessPoints(ctx, efs);
  },
});
