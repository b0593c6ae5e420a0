import { isKnown } from '../../../model/core/index.js';
import { defineRule, evidence, fail, pass, secretKindsIn, unknown } from '../../kit/index.js';

export default defineRule({
  id: 'aws-ec2-instance-userdata-secrets',
  title: 'EC2 instance user data contains secrets',
  severity: 'critical',
  provider: 'aws',
  service: 'ec2',
  resourceType: 'aws.ec2.instance',
  description:
    'EC2 user data should not contain credentials: AWS access keys, private keys, tokens or literal passwords. Values read at boot from Secrets Manager or Parameter Store ($(aws ssm ...), ${var}) are fine. The finding names the kinds of secret found, never the secret, and its evidence is marked sensitive.',
  risk: 'User data is readable by anyone with ec2:DescribeInstanceAttribute, by every process on the instance through the metadata service, and ends up in IaC state, launch templates and AMIs, so a secret in it is effectively shared widely.',
  remediation: {
    cli: 'aws ec2 stop-instances --instance-ids INSTANCE_ID && aws ec2 modify-instance-attribute --instance-id INSTANCE_ID --attribute userData --value file://clean-userdata.b64   # and rotate the exposed secret',
    terraform: `resource "aws_instance" "app" {
  # ...
  iam_instance_profile = aws_iam_instance_profile.app.name
  user_data = <<-EOT
    #!/bin/bash
    DB_PASSWORD=$(aws secretsmanager get-secret-value --secret-id app/db --query SecretString --output text)
  EOT
}`,
    cloudformation: `UserData:
  Fn::Base64: |
    #!/bin/bash
    DB_PASSWORD=$(aws secretsmanager get-secret-value --secret-id app/db --query SecretString --output text)`,
    console: 'Rotate the exposed credential first. Then EC2 > Instances > stop the instance > Actions > Instance settings > Edit user data: remove the secret and fetch it at boot from Secrets Manager or Parameter Store.',
  },
  references: [
    'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/user-data.html',
    'https://docs.aws.amazon.com/secretsmanager/latest/userguide/intro.html',
  ],
  evaluate(instance) {
    const ud = instance.properties.userData;
    const ev = evidence('userData', ud, true);
    if (!isKnown(ud)) return unknown(`user data could not be read: ${ud.reason ?? 'unresolvable'}`, ev);
    if (ud.value === null || ud.value.trim() === '') return pass('The instance has no user data', ev);
    const kinds = secretKindsIn(ud.value);
    return kinds.length > 0 ? fail(`User data contains: ${kinds.join(', ')}`, ev) : pass('No secrets found in user data', ev);
  },
});
