import { defineRule, fail, pass } from '../../kit/index.js';
import { VERIFIED_OWNER_ALIASES, launchImageOf } from '../../kit/aws-compute-images.js';

export default defineRule({
  id: 'aws-ec2-instance-ami-unverified-owner',
  title: 'EC2 instance runs from an AMI of an unknown publisher',
  severity: 'high',
  provider: 'aws',
  service: 'ec2',
  resourceType: 'aws.ec2.instance',
  description:
    "An instance should run from an AMI its own account built, or one published by Amazon or through AWS Marketplace. An image owned by some other account (a community AMI, a stranger's shared image), or one that can no longer be looked up, fails.",
  risk: 'Community AMIs can ship backdoors, cryptominers or credential stealers, and nobody reviewed them; an instance launched from one runs that code with its instance role from the first boot.',
  remediation: {
    cli: 'aws ec2 enable-allowed-images-settings --allowed-images-settings-state enabled && aws ec2 replace-image-criteria-in-allowed-images-settings --image-criteria "ImageProviders=[amazon,aws-marketplace,aws-backup-vault]"',
    terraform: `resource "aws_ec2_allowed_images_settings" "this" {
  state = "enabled"
  image_criterion {
    image_providers = ["amazon", "aws-marketplace"]
  }
}`,
    console: 'EC2 > Settings > Allowed AMIs: allow only Amazon, Marketplace and your accounts; replace instances that run other images.',
  },
  references: ['https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-allowed-amis.html', 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/usingsharedamis-finding.html'],
  evaluate(instance) {
    const got = launchImageOf(instance);
    if (got === undefined || 'status' in got) return got;
    const { image, ev } = got;
    const ami = instance.properties.imageId.value ?? 'its AMI';
    if (image === null) return fail(`${ami} can no longer be looked up, so who published it cannot be verified`, ev);
    if (image.ownerAlias !== null && VERIFIED_OWNER_ALIASES.includes(image.ownerAlias)) return pass(`${ami} is published by ${image.ownerAlias}`, ev);
    if (instance.account !== undefined && image.ownerId === instance.account) return pass(`${ami} is owned by the instance's own account`, ev);
    return fail(`${ami} is owned by account ${image.ownerId}, which is neither this account nor a verified publisher`, ev);
  },
});
