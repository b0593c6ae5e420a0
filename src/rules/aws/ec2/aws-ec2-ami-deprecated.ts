import { isKnown } from '../../../model/core/index.js';
import { defineRule, evidence, fail, pass, unknown } from '../../kit/index.js';

export default defineRule({
  id: 'aws-ec2-ami-deprecated',
  title: 'AMI is past its deprecation date but still registered',
  severity: 'low',
  provider: 'aws',
  service: 'ec2',
  resourceType: 'aws.ec2.image',
  description: 'An AMI the account owns that has reached its deprecation time should be deregistered (or its deprecation withdrawn if it is still meant for use). AMIs without a deprecation time pass.',
  risk: 'A deprecated image stays launchable by anyone who knows its id, including scripts and templates that pin it; it keeps the old packages the deprecation was meant to retire.',
  remediation: {
    cli: 'aws ec2 deregister-image --image-id AMI_ID  # after checking no launch template or autoscaling group still names it',
    console: 'EC2 > AMIs > the AMI > Actions > Deregister AMI.',
  },
  references: ['https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ami-deprecate.html'],
  evaluate(image, ctx) {
    const when = image.properties.deprecationTime;
    const ev = evidence('deprecationTime', when);
    if (!isKnown(when)) return unknown(`the AMI's deprecation time could not be read: ${when.reason ?? 'unresolvable'}`, ev);
    if (when.value === null) return pass('the AMI has no deprecation time', ev);
    return Date.parse(when.value) <= ctx.now.getTime() ? fail(`the AMI was deprecated on ${when.value} and is still registered`, ev) : pass(`the AMI is deprecated only from ${when.value}`, ev);
  },
});
