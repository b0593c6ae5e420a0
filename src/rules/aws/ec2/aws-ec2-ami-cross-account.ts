import { defineRule } from '../../kit/index.js';
import { sharedAccountsOutcome } from '../../kit/aws-data-sharing.js';

export default defineRule({
  id: 'aws-ec2-ami-cross-account',
  title: 'AMI is shared with an account outside the organization',
  severity: 'medium',
  provider: 'aws',
  service: 'ec2',
  resourceType: 'aws.ec2.image',
  description:
    'Flags AMIs owned by the account whose launch permissions name accounts other than the owner that are not members of the scanned organization (any other account when the scan has no Organizations data). Public AMIs are aws-ec2-ami-public.',
  risk: 'Images often carry baked-in configuration, keys, certificates and application code; the other account can launch and inspect them, and copy the snapshots behind them.',
  remediation: {
    cli: 'aws ec2 modify-image-attribute --image-id AMI_ID --launch-permission "Remove=[{UserId=ACCOUNT_ID}]"',
    terraform: '# remove the aws_ami_launch_permission resource naming the external account',
    console: 'EC2 > AMIs > image > Actions > Edit AMI permissions > remove the external account ids > Save changes.',
  },
  references: [
    'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/sharingamis-explicit.html',
    'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/sharing-amis.html',
  ],
  evaluate(image, ctx) {
    return sharedAccountsOutcome(image, 'launchPermissions', image.properties.launchPermissions, ctx, 'image');
  },
});
