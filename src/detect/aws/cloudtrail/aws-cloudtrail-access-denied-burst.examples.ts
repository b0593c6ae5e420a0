import { defineDetectionExamples } from '../../kit/examples.js';
import { call, failed, iamUser, repeat } from '../../kit/cloudtrail-records-a.js';

const bob = { userIdentity: iamUser('bob.dev'), readOnly: true };
const probes = [['iam.amazonaws.com', 'ListUsers'], ['s3.amazonaws.com', 'ListBuckets'], ['ec2.amazonaws.com', 'DescribeInstances'], ['secretsmanager.amazonaws.com', 'ListSecrets'], ['lambda.amazonaws.com', 'ListFunctions20150331']] as const;
const denied = (i: number) => {
  const [source, name] = probes[i % probes.length]!;
  return failed(call(source, name, null, bob), source === 'ec2.amazonaws.com' ? 'Client.UnauthorizedOperation' : 'AccessDenied');
};

export default defineDetectionExamples({
  fires: [{ name: 'twenty-five refusals across services in five minutes', records: repeat(25, denied, 0, 0.2) }],
  quiet: [
    { name: 'nineteen refusals', records: repeat(19, denied, 0, 0.2) },
    { name: 'twenty-five other errors (throttling)', records: repeat(25, () => failed(call('ec2.amazonaws.com', 'DescribeInstances', null, bob), 'Client.RequestLimitExceeded', 'Request limit exceeded.'), 0, 0.2) },
    { name: 'twenty-five refusals over a day', records: repeat(25, denied, 0, 60) },
  ],
});
