import { defineDetectionExamples } from '../../kit/examples.js';
import { call, iamUser, repeat } from '../../kit/cloudtrail-records-a.js';

const bob = { userIdentity: iamUser('bob.dev'), readOnly: true };
const sweep = [
  ['iam.amazonaws.com', 'ListUsers'], ['s3.amazonaws.com', 'ListBuckets'], ['ec2.amazonaws.com', 'DescribeInstances'], ['rds.amazonaws.com', 'DescribeDBInstances'],
  ['lambda.amazonaws.com', 'ListFunctions20150331'], ['secretsmanager.amazonaws.com', 'ListSecrets'], ['kms.amazonaws.com', 'ListKeys'], ['dynamodb.amazonaws.com', 'ListTables'],
  ['sns.amazonaws.com', 'ListTopics'],
] as const;

export default defineDetectionExamples({
  fires: [{ name: 'nine services in three minutes', records: repeat(9, (i) => call(sweep[i]![0], sweep[i]![1], null, bob), 0, 0.3) }],
  quiet: [
    { name: 'many calls to one service', records: repeat(30, () => call('ec2.amazonaws.com', 'DescribeInstances', null, bob), 0, 0.1) },
    { name: 'seven services', records: repeat(7, (i) => call(sweep[i]![0], sweep[i]![1], null, bob), 0, 0.3) },
    { name: 'nine services over an afternoon', records: repeat(9, (i) => call(sweep[i]![0], sweep[i]![1], null, bob), 0, 30) },
  ],
});
