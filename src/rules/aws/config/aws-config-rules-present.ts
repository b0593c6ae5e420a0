import { isKnown } from '../../../model/core/index.js';
import { check, defineRule } from '../../kit/index.js';

export default defineRule({
  id: 'aws-config-rules-present',
  title: 'AWS Config records the region but evaluates no Config rules',
  severity: 'low',
  provider: 'aws',
  service: 'config',
  resourceType: 'aws.config.recorder',
  description:
    'A region where AWS Config records should also evaluate Config rules (managed rules, a conformance pack, or Security Hub controls, which are Config rules too), so that drift is judged as it happens. Judged on live scans: rules are often deployed apart from the recorder.',
  risk: 'Recording without rules keeps history but raises no alarm: a bucket made public or a security group opened is noticed only by whoever looks at it next.',
  remediation: {
    cli: 'aws configservice put-conformance-pack --conformance-pack-name operational-best-practices --template-s3-uri s3://BUCKET/Operational-Best-Practices-for-AWS-Well-Architected-Security-Pillar.yaml',
    terraform: `resource "aws_config_config_rule" "s3_public_read" {
  name = "s3-bucket-public-read-prohibited"
  source {
    owner             = "AWS"
    source_identifier = "S3_BUCKET_PUBLIC_READ_PROHIBITED"
  }
  depends_on = [aws_config_configuration_recorder.this]
}`,
    cloudformation: `Type: AWS::Config::ConfigRule
Properties:
  ConfigRuleName: s3-bucket-public-read-prohibited
  Source:
    Owner: AWS
    SourceIdentifier: S3_BUCKET_PUBLIC_READ_PROHIBITED`,
    console: 'AWS Config > Conformance packs > Deploy conformance pack (or Rules > Add rule); enabling Security Hub standards also deploys their Config rules.',
  },
  references: ['https://docs.aws.amazon.com/config/latest/developerguide/evaluate-config.html', 'https://docs.aws.amazon.com/config/latest/developerguide/conformance-packs.html'],
  evaluate(recorder) {
    if (recorder.origin.kind === 'iac') return undefined;
    if (isKnown(recorder.properties.exists) && !recorder.properties.exists.value) return undefined;
    return check('ruleCount', recorder.properties.ruleCount, (n) => n > 0, {
      pass: `${recorder.properties.ruleCount.value ?? 0} Config rule(s) evaluate the region`,
      fail: 'no Config rule evaluates the region',
    });
  },
});
