import { openPortRule } from '../../kit/index.js';

/** RDP exposed to the internet. */
export default openPortRule({
  id: 'aws-ec2-sg-rdp-open',
  ports: [3389],
  service: 'RDP',
  risk: 'RDP is a leading ransomware entry point: exposed hosts face constant password spraying and have suffered pre-authentication remote code execution flaws.',
  severity: 'high',
  references: ['https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-14', 'https://docs.aws.amazon.com/securityhub/latest/userguide/cis-aws-foundations-benchmark.html'],
});
