import { openPortExamples } from '../../kit/aws-network-examples.js';

export default openPortExamples(1521);
