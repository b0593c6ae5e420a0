import { vulnerabilityExamples } from '../../kit/aws-compute-vulnerability-examples.js';

export default vulnerabilityExamples('aws.lambda.function', 'critical-cvss');
