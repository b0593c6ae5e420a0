/** Terraform and CloudFormation skeletons of an EFS file system with one access point (`extra` lines inside it). */

export const efsAccessPointTf = (extra: string, head = '') => `${head}resource "aws_efs_file_system" "shared" {
  creation_token = "shared"
  encrypted      = true
}
resource "aws_efs_access_point" "app" {
  file_system_id = aws_efs_file_system.shared.id
${extra}
}`;

export const efsAccessPointCfn = (extra: string) => `Resources:
  Shared:
    Type: AWS::EFS::FileSystem
    Properties:
      Encrypted: true
  App:
    Type: AWS::EFS::AccessPoint
    Properties:
      FileSystemId: !Ref Shared
${extra}
`;
