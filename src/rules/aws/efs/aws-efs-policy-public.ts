import { defineRule, publicPolicyOutcomes } from '../../kit/index.js';

export default defineRule({
  id: 'aws-efs-policy-public',
  title: 'EFS file system policy allows access to anyone',
  severity: 'high',
  provider: 'aws',
  service: 'efs',
  resourceType: 'aws.efs.file-system',
  description: 'Flags file system policy statements that allow the `*` principal (mount, write or root access) without a condition narrowing the caller to an account, organization, VPC or source.',
  risk: 'Any AWS principal with a network path to a mount target can mount the file system, read and overwrite its files, and with ClientRootAccess act as root on it.',
  remediation: {
    cli: 'aws efs put-file-system-policy --file-system-id FS_ID --policy file://policy-with-named-principals.json',
    terraform: `resource "aws_efs_file_system_policy" "this" {
  file_system_id = aws_efs_file_system.this.id
  policy         = data.aws_iam_policy_document.efs.json   # named roles, or an aws:PrincipalOrgID condition
}`,
    cloudformation: `FileSystemPolicy:
  Statement:
    - Effect: Allow
      Principal: { AWS: !GetAtt AppRole.Arn }
      Action: [elasticfilesystem:ClientMount, elasticfilesystem:ClientWrite]`,
    console: 'EFS > File systems > the file system > File system policy > Edit: replace "*" with the roles that mount it > Save.',
  },
  references: [
    'https://docs.aws.amazon.com/efs/latest/ug/iam-access-control-nfs-efs.html',
    'https://docs.aws.amazon.com/efs/latest/ug/access-control-block-public-access.html',
  ],
  evaluate(fs) {
    return publicPolicyOutcomes('policy', fs.properties.policy, 'file system');
  },
});
