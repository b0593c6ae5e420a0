import { defineRule, evidence, instanceRole, pass, unknown } from '../../kit/index.js';
import { judgeRoleAdmin } from '../../kit/aws-iam-grants.js';

export default defineRule({
  id: 'aws-ec2-instance-admin-role',
  title: 'EC2 instance runs with an administrator role',
  severity: 'high',
  provider: 'aws',
  service: 'ec2',
  resourceType: 'aws.ec2.instance',
  description:
    'The role an EC2 instance receives through its instance profile should not grant administrator access (AdministratorAccess, or an inline or customer policy allowing every action on every resource). The role is the one in the same scan that lists the instance profile; a profile no scanned role lists makes the verdict unknown. A public instance with such a role scores higher, and the identity graph shows the path from the internet.',
  risk: 'Anyone who runs code on the instance, or reads its metadata service through a request-forgery flaw, holds the role\'s credentials and administers the account: one vulnerable web application becomes an account takeover.',
  remediation: {
    cli: 'aws iam detach-role-policy --role-name ROLE --policy-arn arn:aws:iam::aws:policy/AdministratorAccess  # then attach a policy listing only what the workload calls',
    terraform: `resource "aws_iam_role_policy" "app" {
  role = aws_iam_role.app.id
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = ["s3:GetObject"], Resource = "\${aws_s3_bucket.assets.arn}/*" }]
  })
}`,
    cloudformation: `AppRole:
  Type: AWS::IAM::Role
  Properties:
    AssumeRolePolicyDocument: { Version: "2012-10-17", Statement: [{ Effect: Allow, Principal: { Service: ec2.amazonaws.com }, Action: sts:AssumeRole }] }
    ManagedPolicyArns: [arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore]`,
    console: 'IAM > Roles > the role of the instance profile > Permissions: remove AdministratorAccess and broad policies; IAM Access Analyzer can generate a least-privilege policy from the role\'s CloudTrail activity.',
  },
  references: [
    'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/iam-roles-for-amazon-ec2.html',
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege',
  ],
  evaluate(instance, ctx) {
    const ev = evidence('iamInstanceProfile', instance.properties.iamInstanceProfile);
    const found = instanceRole(instance, ctx);
    switch (found.kind) {
      case 'no-profile':
        return pass('the instance has no instance profile, so it runs with no role', ev);
      case 'iam-not-scanned':
        return undefined;
      case 'unknown':
        return unknown(found.reason, ev);
      case 'role': {
        const verdict = judgeRoleAdmin(found.role, ctx, `role ${found.role.name} of instance profile ${found.profile.split('/').pop()} grants no administrator access`);
        return { ...verdict, message: verdict.status === 'fail' ? `runs as role ${found.role.name}: ${verdict.message}` : verdict.message, evidence: [ev, ...verdict.evidence] };
      }
    }
  },
});
