/**
 * Amazon EFS file systems: encryption at rest, KMS key and the file system policy. `PolicyNotFound` means the
 * file system has no policy (a real `null`); any other failure leaves the policy unknown.
 */
import { DescribeFileSystemPolicyCommand, DescribeFileSystemsCommand, EFSClient, type FileSystemDescription } from '@aws-sdk/client-efs';
import type { EfsFileSystemProperties } from '../../../../model/aws/data.js';
import { apiValue, defineCollector } from '../collector.js';
import { DETAIL_CONCURRENCY, field, mapLimit, policyFromCall, tagMap } from './data/values.js';

const LIST = 'elasticfilesystem:DescribeFileSystems';
const POLICY = 'elasticfilesystem:DescribeFileSystemPolicy';

export default defineCollector({
  id: 'efs',
  scope: 'regional',
  apiCalls: [LIST, POLICY],
  permissions: [LIST, POLICY],
  emits: ['aws.efs.file-system'],
  async collect(ctx) {
    const efs = ctx.client(EFSClient);
    const list = await ctx.paginate<FileSystemDescription>(LIST, async (Marker) => {
      const out = await efs.send(new DescribeFileSystemsCommand({ Marker, MaxItems: 100 }));
      return { items: out.FileSystems ?? [], next: out.NextMarker };
    });
    if (!list.ok) return;
    const src = ctx.prov(LIST);
    await mapLimit(list.value, DETAIL_CONCURRENCY, async (fs) => {
      const id = fs.FileSystemId ?? '';
      const uid = fs.FileSystemArn ?? `arn:aws:elasticfilesystem:${ctx.region}:${ctx.account}:file-system/${id}`;
      const pol = await ctx.call(POLICY, () => efs.send(new DescribeFileSystemPolicyCommand({ FileSystemId: id })), { resourceId: uid, expected: ['PolicyNotFound'] });
      const properties: EfsFileSystemProperties = {
        encrypted: field(fs.Encrypted, false, src),
        kmsKeyId: apiValue(fs.KmsKeyId ?? null, src),
        policy: policyFromCall(pol, ctx.prov(POLICY), (v) => v?.Policy),
      };
      ctx.emit({ uid, type: 'aws.efs.file-system', provider: 'aws', account: ctx.account, region: ctx.region, name: fs.Name ?? id, tags: apiValue(tagMap(fs.Tags), src), properties, origin: { kind: 'live', call: LIST }, source: src });
    });
  },
});
