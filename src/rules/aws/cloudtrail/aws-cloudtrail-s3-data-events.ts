import { isKnown } from '../../../model/core/index.js';
import { all, check, defineRule, pass } from '../../kit/index.js';

export default defineRule({
  id: 'aws-cloudtrail-s3-data-events',
  title: 'CloudTrail does not log S3 object-level read and write events',
  severity: 'low',
  provider: 'aws',
  service: 'cloudtrail',
  resourceType: 'aws.cloudtrail.trail',
  description:
    'A trail should record S3 data events (GetObject, PutObject, DeleteObject) for reads and writes. A trail that does not passes when another multi-region trail of the same account does, since one such trail covers the account.',
  risk: 'Management events do not show who downloaded or deleted which object; without data events, exfiltration from or tampering with S3 leaves no trace in CloudTrail.',
  remediation: {
    cli: 'aws cloudtrail put-event-selectors --trail-name TRAIL --advanced-event-selectors \'[{"Name":"S3 data events","FieldSelectors":[{"Field":"eventCategory","Equals":["Data"]},{"Field":"resources.type","Equals":["AWS::S3::Object"]}]}]\'',
    terraform: `resource "aws_cloudtrail" "this" {
  name           = "org-trail"
  s3_bucket_name = aws_s3_bucket.trail.id
  event_selector {
    read_write_type           = "All"
    include_management_events = true
    data_resource {
      type   = "AWS::S3::Object"
      values = ["arn:aws:s3"]
    }
  }
}`,
    cloudformation: `EventSelectors:
  - ReadWriteType: All
    IncludeManagementEvents: true
    DataResources:
      - Type: AWS::S3::Object
        Values: ['arn:aws:s3']`,
    console: 'CloudTrail > Trails > trail > Data events > Edit > Add data event type S3, log all current and future buckets, read and write > Save.',
  },
  references: [
    'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/logging-data-events-with-cloudtrail.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-22',
  ],
  evaluate(trail, ctx) {
    const p = trail.properties;
    const own = all(
      [
        check('s3DataEventsRead', p.s3DataEventsRead, (b) => b, { pass: '', fail: 'S3 object-level read events are not logged' }),
        check('s3DataEventsWrite', p.s3DataEventsWrite, (b) => b, { pass: '', fail: 'S3 object-level write events are not logged' }),
      ],
      'The trail logs S3 object-level read and write events',
    );
    if (own.status === 'pass') return own;
    const known = (t: typeof trail) => isKnown(t.properties.s3DataEventsRead) && t.properties.s3DataEventsRead.value && isKnown(t.properties.s3DataEventsWrite) && t.properties.s3DataEventsWrite.value;
    const other = ctx.inAccount('aws.cloudtrail.trail', trail.account).find((t) => t.uid !== trail.uid && known(t) && isKnown(t.properties.isMultiRegion) && t.properties.isMultiRegion.value);
    return other ? pass(`S3 data events are logged by the multi-region trail ${other.name} of this account`) : own;
  },
});
