import { defineExamples } from '../../kit/index.js';
import { ec2Instance, managedInstance } from '../../kit/aws-compute-fixtures.js';

const managed = ec2Instance('i-managed');

export default defineExamples({
  model: {
    good: [[managed, managedInstance('i-managed')]],
    bad: [[ec2Instance('i-orphan'), managedInstance('i-managed')]],
  },
});
