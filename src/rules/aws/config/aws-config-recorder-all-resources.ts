import { isKnown } from '../../../model/core/index.js';
import { all, check, defineRule, pass } from '../../kit/index.js';

export default defineRule({
  id: 'aws-config-recorder-all-resources',
  title: 'AWS Config recorder does not record all resource types',
  severity: 'low',
  provider: 'aws',
  service: 'config',
  resourceType: 'aws.config.recorder',
  description:
    'The recorder should record all supported resource types. Global types (IAM) need recording in one region only, so a recorder without them passes when another recorder of the same account includes them.',
  risk: 'Resource types left out of recording have no configuration history and escape every Config rule and conformance pack.',
  remediation: {
    cli: 'aws configservice put-configuration-recorder --configuration-recorder name=default,roleARN=ROLE_ARN --recording-group allSupported=true,includeGlobalResourceTypes=true',
    terraform: `resource "aws_config_configuration_recorder" "this" {
  name     = "default"
  role_arn = aws_iam_role.config.arn
  recording_group {
    all_supported                 = true
    include_global_resource_types = true
  }
}`,
    cloudformation: `RecordingGroup:
  AllSupported: true
  IncludeGlobalResourceTypes: true`,
    console: 'AWS Config > Settings > Edit > Recording strategy: All resource types with customizable overrides; include globally recorded types in one region > Save.',
  },
  references: [
    'https://docs.aws.amazon.com/config/latest/developerguide/select-resources.html',
    'https://www.cisecurity.org/benchmark/amazon_web_services',
  ],
  evaluate(recorder, ctx) {
    const p = recorder.properties;
    // A region without a recorder is aws-config-recorder-enabled's finding, not this one's.
    if (isKnown(p.exists) && !p.exists.value) return undefined;
    const types = check('allSupported', p.allSupported, (b) => b, { pass: '', fail: 'The recorder records a selected list of resource types, not all supported types' });
    const global = check('includeGlobalResourceTypes', p.includeGlobalResourceTypes, (b) => b, { pass: '', fail: 'No recorder of this account records global resource types (IAM)' });
    const elsewhere = ctx
      .inAccount('aws.config.recorder', recorder.account)
      .find((r) => r.uid !== recorder.uid && isKnown(r.properties.includeGlobalResourceTypes) && r.properties.includeGlobalResourceTypes.value);
    const globalOk = global.status === 'pass' || elsewhere ? pass('') : global;
    return all([types, globalOk], 'The recorder records all supported resource types, and global types are recorded');
  },
});
