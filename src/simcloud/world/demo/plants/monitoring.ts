/**
 * Monitoring plants of the demo world (issue 4): resources added on top of the account files, each one a
 * misconfiguration the demo scan must report, listed in `expected`.
 */
import { DEVELOPMENT, MANAGEMENT } from '../accounts.js';
import { PRODUCTION } from '../production.js';
import { append, findItem, setKey, type PlantFamily } from './merge.js';

const FSBP = (region: string) => `arn:aws:securityhub:${region}::standards/aws-foundational-security-best-practices/v/1.0.0`;
const CIS = (region: string) => `arn:aws:securityhub:${region}::standards/cis-aws-foundations-benchmark/v/3.0.0`;

export const monitoringPlants: PlantFamily = {
  name: 'monitoring',
  plant(world) {
    // dev-trail writes to a bucket the developers made world-readable "to share logs with a contractor",
    // with no access logging and nothing protecting the files from deletion.
    append(world, DEVELOPMENT, 'global', 's3', 'Buckets', {
      Name: 'acme-dev-trail', Region: 'eu-west-1', PublicAccessBlock: null,
      Acl: { Grants: [{ Grantee: { Type: 'Group', URI: 'http://acs.amazonaws.com/groups/global/AllUsers' }, Permission: 'READ' }] },
    });
    // A flow log someone added for cost analysis: accepted traffic only.
    append(world, PRODUCTION, 'eu-west-1', 'ec2', 'FlowLogs', {
      FlowLogId: 'fl-prod-accept-only', ResourceId: 'subnet-prod-public', TrafficType: 'ACCEPT', LogDestinationType: 's3', LogDestination: 'arn:aws:s3:::acme-security-flow-logs/cost/',
    });
    // Production runs one standard per region: the CIS benchmark was never switched on in Ireland, and the
    // us-east-1 hub was set up from an old runbook with CIS only.
    setKey(world, PRODUCTION, 'eu-west-1', 'securityhub', 'StandardsSubscriptions', [{ StandardsArn: FSBP('eu-west-1') }]);
    setKey(world, PRODUCTION, 'us-east-1', 'securityhub', 'StandardsSubscriptions', [{ StandardsArn: CIS('us-east-1') }]);
    // The production detector in Ireland was created from an old template that opted out of the paid plans.
    const detector = findItem(world, PRODUCTION, 'eu-west-1', 'guardduty', 'Detectors', () => true);
    detector['Features'] = ['S3_DATA_EVENTS', 'EKS_AUDIT_LOGS', 'EBS_MALWARE_PROTECTION', 'RUNTIME_MONITORING'].map((Name) => ({ Name, Status: 'DISABLED' }));
    // Nobody reads its findings: the bastion has been brute-forced since October (an archived and a low one
    // show what does not count).
    detector['Findings'] = [
      { Id: 'demo-ssh-brute-force', Type: 'UnauthorizedAccess:EC2/SSHBruteForce', Severity: 8, CreatedAt: '2026-10-03T07:41:00Z', Title: 'i-0ba57100000000a01 is performing SSH brute force attacks.', Resource: { ResourceType: 'Instance' } },
      { Id: 'demo-archived-scan', Type: 'Recon:EC2/PortProbeUnprotectedPort', Severity: 7.5, CreatedAt: '2026-09-01T00:00:00Z', Resource: { ResourceType: 'Instance' }, Service: { Archived: true } },
      { Id: 'demo-low-dns', Type: 'Recon:EC2/Portscan', Severity: 2, CreatedAt: '2026-08-01T00:00:00Z', Resource: { ResourceType: 'Instance' } },
    ];
    // Development's recorder (stopped, see accounts.ts) never got a delivery channel or any Config rule.

    // The organization trail is the well-run one: it logs Insights events too. Development's trail does not.
    const orgTrail = findItem(world, MANAGEMENT, 'us-east-1', 'cloudtrail', 'Trails', (t) => t['Name'] === 'org-trail');
    orgTrail['InsightSelectors'] = [{ InsightType: 'ApiCallRateInsight' }, { InsightType: 'ApiErrorRateInsight' }];
    // Production's own audit trail feeds a log group, but its delivery role was deleted in September.
    append(world, PRODUCTION, 'eu-west-1', 'cloudtrail', 'Trails', {
      Name: 'payments-audit', S3BucketName: 'acme-security-cloudtrail', IsMultiRegionTrail: true, LogFileValidationEnabled: true,
      KmsKeyId: `arn:aws:kms:eu-west-1:${PRODUCTION}:key/1b3a4f5e-0000-4000-8000-000000000201`, IsLogging: true,
      CloudWatchLogsLogGroupArn: `arn:aws:logs:eu-west-1:${PRODUCTION}:log-group:payments-audit:*`, LatestCloudWatchLogsDeliveryTime: '2026-09-14T03:12:00Z',
      InsightSelectors: [{ InsightType: 'ApiErrorRateInsight' }],
    });
  },
  expected: [
    ['aws-cloudtrail-bucket-public', DEVELOPMENT, 'dev-trail'],
    ['aws-cloudtrail-bucket-access-logging', DEVELOPMENT, 'dev-trail'],
    ['aws-cloudtrail-bucket-object-lock', DEVELOPMENT, 'dev-trail'],
    ['aws-ec2-flow-log-rejected-traffic', PRODUCTION, 'fl-prod-accept-only'],
    ['aws-securityhub-cis-standard', PRODUCTION, 'eu-west-1'],
    ['aws-securityhub-fsbp-standard', PRODUCTION, 'us-east-1'],
    ['aws-guardduty-s3-protection', PRODUCTION, 'eu-west-1'],
    ['aws-guardduty-eks-protection', PRODUCTION, 'eu-west-1'],
    ['aws-guardduty-malware-protection', PRODUCTION, 'eu-west-1'],
    ['aws-guardduty-runtime-monitoring', PRODUCTION, 'eu-west-1'],
    ['aws-guardduty-high-findings-unresolved', PRODUCTION, 'eu-west-1'],
    ['aws-config-delivery-channel', DEVELOPMENT, 'eu-west-1'],
    ['aws-cloudtrail-insights', DEVELOPMENT, 'dev-trail'],
    ['aws-cloudtrail-cloudwatch-delivery-recent', PRODUCTION, 'payments-audit'],
    ['aws-config-rules-present', DEVELOPMENT, 'us-east-1'],
  ],
};
