import { check, defineRule } from '../../kit/index.js';

export default defineRule({
  id: 'aws-ec2-ami-public',
  title: 'AMI is shared publicly',
  severity: 'critical',
  provider: 'aws',
  service: 'ec2',
  resourceType: 'aws.ec2.image',
  description: 'AMIs owned by the account should not be public (launch permission for the group "all").',
  risk: 'Anyone can launch a public AMI and read its disks: baked-in credentials, SSH keys, application code and data.',
  remediation: {
    cli: 'aws ec2 modify-image-attribute --image-id AMI_ID --launch-permission "Remove=[{Group=all}]" && aws ec2 enable-image-block-public-access --image-block-public-access-state block-new-sharing',
    terraform: `resource "aws_ec2_image_block_public_access" "this" {
  state = "block-new-sharing"
}`,
    console: 'EC2 > AMIs > the AMI > Actions > Edit AMI permissions > Private; and EC2 > Data protection and security > Block public access for AMIs.',
  },
  references: ['https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/sharingamis-intro.html'],
  evaluate(image) {
    return check('public', image.properties.public, (pub) => !pub, { pass: 'The AMI is private', fail: 'The AMI is public' });
  },
});
