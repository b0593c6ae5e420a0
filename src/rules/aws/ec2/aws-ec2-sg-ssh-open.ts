import { openPortRule } from '../../kit/index.js';

/** SSH exposed to the internet. */
export default openPortRule({
  id: 'aws-ec2-sg-ssh-open',
  ports: [22],
  service: 'SSH',
  risk: 'Internet-wide SSH brute-forcing starts within minutes of exposure; one weak key or password, or an OpenSSH flaw, gives an attacker a shell on the instance.',
  severity: 'high',
  references: ['https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-13', 'https://docs.aws.amazon.com/securityhub/latest/userguide/cis-aws-foundations-benchmark.html'],
});
