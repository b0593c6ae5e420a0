import { defineDetection } from '../../kit/detection.js';
import { INSTANCE_ID, isPublicIp, sessionName } from '../../kit/aws-a-events.js';

const WINDOW_MINUTES = 60;

/**
 * The heuristic, and its limits. EC2 names instance-profile sessions after the instance id, so a caller
 * `assumed-role/<role>/i-0abc...` is that instance's credentials. An instance reaches AWS APIs from one
 * egress address (its public IP, its NAT gateway, or a private VPC-endpoint address); the same session
 * seen from two different public addresses within an hour means the credentials were copied elsewhere.
 * A single outside call is not enough to tell, because telling AWS's own address ranges from the rest
 * needs AWS's published ip-ranges, which this detection does not have. Limits: misses credentials used
 * only outside while the instance calls through private endpoints only; may fire for dual-stack
 * instances calling over IPv4 and IPv6, or after a NAT gateway is replaced.
 */
export default defineDetection({
  id: 'aws-cloudtrail-instance-credentials-outside-aws',
  kind: 'threshold',
  title: 'EC2 instance credentials used from a second public address',
  severity: 'high',
  provider: 'aws',
  mitre: { tactic: 'Credential Access', technique: 'T1552.005', techniqueName: 'Unsecured Credentials: Cloud Instance Metadata API' },
  description: `The role credentials of one EC2 instance (a session named after the instance id) were used from two or more public IP addresses within ${WINDOW_MINUTES} minutes. An instance calls from one egress address; a second one suggests its credentials were stolen through the metadata service (SSRF, a compromised workload) and replayed from outside.`,
  falsePositives: 'Dual-stack instances calling over both IPv4 and IPv6, a NAT gateway replaced during the hour, or an instance moved between subnets. Compare the addresses with the VPC\'s NAT and elastic IPs.',
  references: ['https://docs.aws.amazon.com/guardduty/latest/ug/guardduty_finding-types-iam.html', 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/iam-roles-for-amazon-ec2.html'],
  filter: (e) => INSTANCE_ID.test(sessionName(e) ?? '') && !e.actor.invokedBy && isPublicIp(e.sourceIp),
  groupBy: (e) => `${e.actor.id} session ${sessionName(e)}`,
  distinct: (e) => e.sourceIp,
  threshold: 2,
  windowMs: WINDOW_MINUTES * 60_000,
  message: (session, n) => `instance credentials ${session} used from ${n} public addresses within ${WINDOW_MINUTES} minutes`,
});
