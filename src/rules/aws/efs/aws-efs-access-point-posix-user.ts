import { check, defineRule } from '../../kit/index.js';

export default defineRule({
  id: 'aws-efs-access-point-posix-user',
  title: 'EFS access point does not enforce a user identity',
  severity: 'medium',
  provider: 'aws',
  service: 'efs',
  resourceType: 'aws.efs.access-point',
  description: 'Access points should enforce a POSIX user (uid and gid), so every request through them runs as that user whatever identity the client claims.',
  risk: 'Without an enforced user, a client that runs as root (uid 0) or claims any uid gets those permissions on the file system, bypassing the file ownership meant to separate applications.',
  remediation: {
    cli: 'aws efs create-access-point --file-system-id FS_ID --posix-user Uid=1001,Gid=1001 --root-directory Path=/app   # access points cannot be changed: create a new one and move clients',
    terraform: `resource "aws_efs_access_point" "app" {
  file_system_id = aws_efs_file_system.shared.id
  posix_user {
    uid = 1001
    gid = 1001
  }
}`,
    cloudformation: `Type: AWS::EFS::AccessPoint
Properties:
  FileSystemId: !Ref Shared
  PosixUser:
    Uid: "1001"
    Gid: "1001"`,
    console: 'EFS > Access points > Create access point > POSIX user: set the user and group ids; switch clients over and delete the old access point.',
  },
  references: [
    'https://docs.aws.amazon.com/efs/latest/ug/enforce-identity-access-points.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/efs-controls.html#efs-4',
  ],
  evaluate(ap) {
    return check('posixUser', ap.properties.posixUser, (u) => u !== null, {
      pass: 'The access point enforces a POSIX user',
      fail: 'The access point does not enforce a POSIX user: clients act with the user ids they claim',
    });
  },
});
