import { vulnerabilityExamples } from '../../kit/aws-compute-vulnerability-examples.js';

export default vulnerabilityExamples('aws.ec2.instance', 'critical-cvss');
