import { defineExamples } from '../../kit/index.js';
import { crossAccountExamples } from '../../kit/aws-data-sharing-examples.js';

export default defineExamples(crossAccountExamples('sns'));
