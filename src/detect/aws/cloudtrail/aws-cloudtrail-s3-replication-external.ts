import { defineDetection } from '../../kit/detection.js';
import { accountOf, isUnknownAccount } from '../../kit/aws-b-policy.js';
import { asList, asString, dig, principalCall, req, who } from '../../kit/aws-b-params.js';

export default defineDetection({
  id: 'aws-cloudtrail-s3-replication-external',
  kind: 'event',
  services: ['s3'],
  actions: ['PutBucketReplication'],
  title: 'A bucket now replicates to another account',
  severity: 'medium',
  provider: 'aws',
  mitre: { tactic: 'Exfiltration', technique: 'T1537', techniqueName: 'Transfer Data to Cloud Account' },
  description: 'PutBucketReplication with a destination in an account outside the organization: every new object is copied there by S3 itself, a steady exfiltration channel that needs no further calls.',
  falsePositives: 'Replication to a backup or partner account not listed in the known accounts. List the organization\'s accounts in the detection context.',
  references: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/replication-walkthrough-2.html'],
  match(e, ctx) {
    if (!principalCall(e, 's3', 'PutBucketReplication')) return undefined;
    const accounts = asList(req(e, 'ReplicationConfiguration', 'Rule'))
      .map((r) => asString(dig(r, ['Destination', 'Account'])))
      .filter((a): a is string => a !== undefined && accountOf(a) !== undefined && isUnknownAccount(a, e.account, ctx.knownAccounts));
    if (accounts.length === 0) return undefined;
    return `${who(e)} set bucket ${asString(req(e, 'bucketName')) ?? '(unnamed)'} to replicate to account ${[...new Set(accounts)].join(', ')}`;
  },
});
