import { naclOpenPortRule } from '../../kit/index.js';

/** SSH reachable from the internet through a subnet's network ACL. */
export default naclOpenPortRule({ id: 'aws-ec2-nacl-ssh-open', port: 22, service: 'SSH', references: ['https://docs.aws.amazon.com/securityhub/latest/userguide/cis-aws-foundations-benchmark.html'] });
