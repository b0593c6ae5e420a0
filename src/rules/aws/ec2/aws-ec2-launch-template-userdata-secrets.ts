import { isKnown } from '../../../model/core/index.js';
import { defineRule, evidence, fail, pass, secretKindsIn, unknown } from '../../kit/index.js';

export default defineRule({
  id: 'aws-ec2-launch-template-userdata-secrets',
  title: 'EC2 launch template user data contains secrets',
  severity: 'critical',
  provider: 'aws',
  service: 'ec2',
  resourceType: 'aws.ec2.launch-template',
  description:
    'Launch template user data should not contain credentials: AWS access keys, private keys, tokens or literal passwords. The finding names the kinds found, never the secret; its evidence is marked sensitive.',
  risk: 'Every version of a launch template keeps its user data, readable by anyone with ec2:DescribeLaunchTemplateVersions and by every instance launched from it, so an embedded secret spreads to each scaled-out instance.',
  remediation: {
    cli: 'aws ec2 create-launch-template-version --launch-template-id LT_ID --source-version $Latest --launch-template-data file://clean-data.json && aws ec2 delete-launch-template-versions --launch-template-id LT_ID --versions OLD_VERSIONS   # and rotate the secret',
    terraform: `resource "aws_launch_template" "app" {
  # ...
  user_data = base64encode(<<-EOT
    #!/bin/bash
    TOKEN=$(aws ssm get-parameter --name /app/token --with-decryption --query Parameter.Value --output text)
  EOT
  )
}`,
    cloudformation: `LaunchTemplateData:
  UserData:
    Fn::Base64: |
      #!/bin/bash
      TOKEN=$(aws ssm get-parameter --name /app/token --with-decryption --query Parameter.Value --output text)`,
    console: 'Rotate the exposed secret. EC2 > Launch templates > the template > Modify template (create new version) without the secret, set it as default, then delete the old versions.',
  },
  references: [
    'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/user-data.html',
    'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/manage-launch-template-versions.html',
  ],
  evaluate(template) {
    const ud = template.properties.userData;
    const ev = evidence('userData', ud, true);
    if (!isKnown(ud)) return unknown(`user data could not be read: ${ud.reason ?? 'unresolvable'}`, ev);
    if (ud.value === null || ud.value.trim() === '') return pass('The launch template has no user data', ev);
    const kinds = secretKindsIn(ud.value);
    return kinds.length > 0 ? fail(`User data contains: ${kinds.join(', ')}`, ev) : pass('No secrets found in user data', ev);
  },
});
