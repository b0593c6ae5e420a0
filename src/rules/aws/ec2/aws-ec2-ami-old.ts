import { isKnown } from '../../../model/core/index.js';
import { defineRule, evidence, fail, pass, unknown } from '../../kit/index.js';
import { AMI_MAX_AGE_DAYS, ageInDays } from '../../kit/aws-compute-images.js';

export default defineRule({
  id: 'aws-ec2-ami-old',
  title: `AMI is older than ${AMI_MAX_AGE_DAYS} days`,
  severity: 'low',
  provider: 'aws',
  service: 'ec2',
  resourceType: 'aws.ec2.image',
  description: `AMIs the account owns should be rebuilt at least every ${AMI_MAX_AGE_DAYS} days, so that instances launched from them start with current patches.`,
  risk: 'Every instance launched from a stale image starts months behind on patches, and autoscaling keeps launching them; the gap is then closed (if ever) by patching at boot, which often fails silently.',
  remediation: {
    cli: 'aws imagebuilder start-image-pipeline-execution --image-pipeline-arn PIPELINE_ARN  # then point launch templates at the new AMI and deregister the old one',
    terraform: `resource "aws_imagebuilder_image_pipeline" "golden" {
  name                             = "golden"
  image_recipe_arn                 = aws_imagebuilder_image_recipe.golden.arn
  infrastructure_configuration_arn = aws_imagebuilder_infrastructure_configuration.golden.arn
  schedule {
    schedule_expression = "cron(0 0 ? * 1 *)"
  }
}`,
    console: 'EC2 Image Builder > Image pipelines: rebuild on a schedule; EC2 > AMIs: deregister the images nothing should launch any more.',
  },
  references: ['https://docs.aws.amazon.com/imagebuilder/latest/userguide/what-is-image-builder.html'],
  evaluate(image, ctx) {
    const created = image.properties.creationDate;
    const ev = evidence('creationDate', created);
    if (!isKnown(created)) return unknown(`the AMI's creation date could not be read: ${created.reason ?? 'unresolvable'}`, ev);
    const age = created.value === null ? null : ageInDays(created.value, ctx.now);
    if (age === null) return unknown('the AMI reports no creation date', ev);
    return age > AMI_MAX_AGE_DAYS ? fail(`the AMI was created ${age} days ago`, ev) : pass(`the AMI was created ${age} days ago`, ev);
  },
});
