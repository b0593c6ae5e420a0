/**
 * Amazon EFS (restJson1, API 2015-02-01; signing name `elasticfilesystem`): file systems, their resource
 * policies, backup policies and access points, read-only. DescribeFileSystems pages with `MaxItems` and
 * `Marker`/`NextMarker`, DescribeAccessPoints with `MaxResults` and `NextToken`.
 * Without a policy, DescribeFileSystemPolicy and DescribeBackupPolicy answer `PolicyNotFound` (404) as EFS does.
 */
import { defineService, SimError, type CallContext } from '../service.js';
import { int, page, sectionOf, str, withEpochs } from './data/common.js';

type Shape = Record<string, unknown>;

/** `account.regions[<region>].elasticfilesystem`. */
export interface EfsSection {
  /** `FileSystemDescription` shapes (CreationTime ISO-8601). */
  FileSystems: Shape[];
  /** FileSystemId → the policy document as the JSON string DescribeFileSystemPolicy returns. */
  Policies: Record<string, string>;
  /** FileSystemId → `BackupPolicy` (`{ Status: 'ENABLED' | 'DISABLED' | ... }`). */
  BackupPolicies: Record<string, { Status: string }>;
  /** `AccessPointDescription` shapes (AccessPointId, FileSystemId, PosixUser, RootDirectory, Name, Tags). */
  AccessPoints: Shape[];
}

export function emptyEfs(): EfsSection {
  return { FileSystems: [], Policies: {}, BackupPolicies: {}, AccessPoints: [] };
}

/** What DescribeFileSystems always returns, for file systems a world file gives without it. */
function normalize(s: EfsSection, ctx: CallContext): void {
  for (const f of s.FileSystems) {
    f.FileSystemArn ??= `arn:aws:elasticfilesystem:${ctx.region}:${ctx.account.id}:file-system/${String(f.FileSystemId)}`;
    f.OwnerId ??= ctx.account.id;
    f.CreationToken ??= String(f.FileSystemId);
    f.LifeCycleState ??= 'available';
    f.NumberOfMountTargets ??= 0;
    f.SizeInBytes ??= { Value: 0 };
    f.PerformanceMode ??= 'generalPurpose';
    f.Encrypted ??= false;
    f.Tags ??= f.Name === undefined ? [] : [{ Key: 'Name', Value: f.Name }];
  }
  for (const a of s.AccessPoints) {
    a.AccessPointArn ??= `arn:aws:elasticfilesystem:${ctx.region}:${ctx.account.id}:access-point/${String(a.AccessPointId)}`;
    a.OwnerId ??= ctx.account.id;
    a.LifeCycleState ??= 'available';
    // EFS reports the root directory as `/` when the creator named none.
    a.RootDirectory ??= { Path: '/' };
    a.Tags ??= a.Name === undefined ? [] : [{ Key: 'Name', Value: a.Name }];
  }
}

function section(ctx: CallContext): EfsSection {
  return sectionOf(ctx, 'elasticfilesystem', emptyEfs, normalize);
}

/** REST bindings may arrive merged into the input or only in the raw query/path: read both. */
function param(input: Record<string, unknown>, ctx: CallContext, name: string, wire = name): string | undefined {
  return str(input, name) ?? ctx.http.path[name] ?? ctx.http.query[wire];
}

function fileSystem(ctx: CallContext, id: string | undefined): Shape {
  const fs = section(ctx).FileSystems.find((f) => f.FileSystemId === id || f.FileSystemArn === id);
  if (!fs) throw new SimError('FileSystemNotFound', `File system '${String(id)}' does not exist.`, 404);
  return fs;
}

export default defineService({
  signingName: 'elasticfilesystem',
  protocol: 'restJson1',
  routes: [
    { method: 'GET', path: '/2015-02-01/file-systems', operation: 'DescribeFileSystems' },
    { method: 'GET', path: '/2015-02-01/file-systems/{FileSystemId}/policy', operation: 'DescribeFileSystemPolicy' },
    { method: 'GET', path: '/2015-02-01/file-systems/{FileSystemId}/backup-policy', operation: 'DescribeBackupPolicy' },
    { method: 'GET', path: '/2015-02-01/access-points', operation: 'DescribeAccessPoints' },
  ],
  operations: {
    DescribeFileSystems(input, ctx) {
      const id = param(input, ctx, 'FileSystemId');
      const token = param(input, ctx, 'CreationToken');
      let items = section(ctx).FileSystems;
      if (id !== undefined) items = [fileSystem(ctx, id)];
      if (token !== undefined) items = items.filter((f) => f.CreationToken === token);
      const max = int({ MaxItems: param(input, ctx, 'MaxItems') }, 'MaxItems', { min: 1, max: 1000 }, 'BadRequest') ?? 100;
      const marker = param(input, ctx, 'Marker');
      const p = page(items, marker, max, 'BadRequest');
      return { Marker: marker, FileSystems: p.items.map((f) => withEpochs(f, ['CreationTime'])), NextMarker: p.next };
    },
    DescribeFileSystemPolicy(input, ctx) {
      const fs = fileSystem(ctx, param(input, ctx, 'FileSystemId'));
      const id = String(fs.FileSystemId);
      const policy = section(ctx).Policies[id];
      if (policy === undefined) throw new SimError('PolicyNotFound', `File system '${id}' does not have a file system policy.`, 404);
      return { FileSystemId: id, Policy: policy };
    },
    DescribeAccessPoints(input, ctx) {
      const fsId = param(input, ctx, 'FileSystemId');
      const apId = param(input, ctx, 'AccessPointId');
      let items = section(ctx).AccessPoints;
      if (fsId !== undefined) items = items.filter((a) => a.FileSystemId === String(fileSystem(ctx, fsId).FileSystemId));
      if (apId !== undefined) {
        items = items.filter((a) => a.AccessPointId === apId || a.AccessPointArn === apId);
        if (items.length === 0) throw new SimError('AccessPointNotFound', `Access point '${apId}' does not exist.`, 404);
      }
      const max = int({ MaxResults: param(input, ctx, 'MaxResults') }, 'MaxResults', { min: 1, max: 1000 }, 'BadRequest') ?? 100;
      const p = page(items, param(input, ctx, 'NextToken'), max, 'BadRequest');
      return { AccessPoints: p.items, NextToken: p.next };
    },
    DescribeBackupPolicy(input, ctx) {
      const fs = fileSystem(ctx, param(input, ctx, 'FileSystemId'));
      const id = String(fs.FileSystemId);
      const backup = section(ctx).BackupPolicies[id];
      if (backup === undefined) throw new SimError('PolicyNotFound', `File system '${id}' does not have a backup policy.`, 404);
      return { BackupPolicy: backup };
    },
  },
});
