import { check, defineRule } from '../../kit/index.js';

export default defineRule({
  id: 'aws-efs-access-point-root-directory',
  title: 'EFS access point exposes the file system root',
  severity: 'medium',
  provider: 'aws',
  service: 'efs',
  resourceType: 'aws.efs.access-point',
  description: 'Access points should confine their clients to a directory of their own (a root directory other than `/`), so each application sees only its part of a shared file system.',
  risk: 'Every client of the access point can read and change every other application\'s files on the file system; one compromised workload reaches them all.',
  remediation: {
    cli: 'aws efs create-access-point --file-system-id FS_ID --root-directory "Path=/app,CreationInfo={OwnerUid=1001,OwnerGid=1001,Permissions=750}" --posix-user Uid=1001,Gid=1001   # access points cannot be changed: create a new one and move clients',
    terraform: `resource "aws_efs_access_point" "app" {
  file_system_id = aws_efs_file_system.shared.id
  root_directory {
    path = "/app"
    creation_info {
      owner_uid   = 1001
      owner_gid   = 1001
      permissions = "750"
    }
  }
}`,
    cloudformation: `Type: AWS::EFS::AccessPoint
Properties:
  FileSystemId: !Ref Shared
  RootDirectory:
    Path: /app
    CreationInfo: { OwnerUid: "1001", OwnerGid: "1001", Permissions: "750" }`,
    console: 'EFS > Access points > Create access point: set a root directory path for the application; switch clients over and delete the old access point.',
  },
  references: [
    'https://docs.aws.amazon.com/efs/latest/ug/enforce-root-directory-access-point.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/efs-controls.html#efs-3',
  ],
  evaluate(ap) {
    return check('rootDirectoryPath', ap.properties.rootDirectoryPath, (p) => p.replace(/\/+$/, '') !== '', {
      pass: `Clients are confined to ${String(ap.properties.rootDirectoryPath.value)}`,
      fail: 'The access point\'s root directory is /: its clients see the whole file system',
    });
  },
});
