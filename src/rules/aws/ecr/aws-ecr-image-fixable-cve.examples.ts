import { vulnerabilityExamples } from '../../kit/aws-compute-vulnerability-examples.js';

export default vulnerabilityExamples('aws.ecr.image', 'fixable-cve');
