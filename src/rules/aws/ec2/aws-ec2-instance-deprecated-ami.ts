import { defineRule, fail, pass } from '../../kit/index.js';
import { launchImageOf } from '../../kit/aws-compute-images.js';

export default defineRule({
  id: 'aws-ec2-instance-deprecated-ami',
  title: 'EC2 instance runs from a deprecated or deregistered AMI',
  severity: 'medium',
  provider: 'aws',
  service: 'ec2',
  resourceType: 'aws.ec2.instance',
  description:
    'An instance should run from an AMI that is still current: one past its deprecation time, or no longer registered at all, was retired by its publisher and gets no more updates. Judged on live scans (the AMI is looked up with DescribeImages).',
  risk: 'Retired images carry the packages and configuration their publisher stopped maintaining; instances built from them drift further behind with every release, and a deregistered AMI cannot even be inspected any more.',
  remediation: {
    cli: 'aws ec2 describe-images --owners amazon --filters "Name=name,Values=al2023-ami-2023*-x86_64" --query "sort_by(Images,&CreationDate)[-1].ImageId"  # then roll the instance (or its launch template) to the current AMI',
    terraform: `data "aws_ssm_parameter" "al2023" {
  name = "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64"
}

resource "aws_launch_template" "app" {
  image_id = data.aws_ssm_parameter.al2023.value
}`,
    console: 'EC2 > Instances > the instance > Details > AMI ID: look it up under AMIs; replace the instance from a current image (Auto Scaling instance refresh for groups).',
  },
  references: ['https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ami-deprecate.html'],
  evaluate(instance, ctx) {
    const got = launchImageOf(instance);
    if (got === undefined || 'status' in got) return got;
    const { image, ev } = got;
    const ami = instance.properties.imageId.value ?? 'its AMI';
    if (image === null) return fail(`${ami} is no longer registered (deregistered or unshared)`, ev);
    if (image.deprecationTime !== null && Date.parse(image.deprecationTime) <= ctx.now.getTime()) return fail(`${ami} was deprecated on ${image.deprecationTime}`, ev);
    return pass(`${ami} is current${image.deprecationTime ? ` (deprecated from ${image.deprecationTime})` : ''}`, ev);
  },
});
