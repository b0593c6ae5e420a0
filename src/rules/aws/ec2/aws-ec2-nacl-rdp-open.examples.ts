import { naclExamples } from '../../kit/aws-network-nacl-examples.js';

export default naclExamples(3389);
