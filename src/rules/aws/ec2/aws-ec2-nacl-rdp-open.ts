import { naclOpenPortRule } from '../../kit/index.js';

/** RDP reachable from the internet through a subnet's network ACL. */
export default naclOpenPortRule({ id: 'aws-ec2-nacl-rdp-open', port: 3389, service: 'RDP', references: ['https://docs.aws.amazon.com/securityhub/latest/userguide/cis-aws-foundations-benchmark.html'] });
