import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { IAMClient, ListUsersCommand, TagRoleCommand, GetRoleCommand, paginateListUsers } from '@aws-sdk/client-iam';
import { EC2Client, DescribeVpcsCommand } from '@aws-sdk/client-ec2';
import { S3Client, ListBucketsCommand, GetBucketAclCommand, GetBucketPolicyCommand, PutPublicAccessBlockCommand, HeadBucketCommand, GetObjectTaggingCommand } from '@aws-sdk/client-s3';
import { DynamoDBClient, DescribeTableCommand, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { KMSClient, ListKeysCommand, DescribeKeyCommand, paginateListKeys } from '@aws-sdk/client-kms';
import { LambdaClient, GetPolicyCommand, ListFunctionsCommand, GetFunctionCommand } from '@aws-sdk/client-lambda';
import { startSimcloud } from '../testing.js';
import type { RunningSimcloud } from '../testing.js';
import { TEST_SERVICES, seen } from './test-services.js';

describe('wire protocols through the real SDK clients', () => {
  let sim: RunningSimcloud;
  let cfg: { endpoint: string; region: string; credentials: RunningSimcloud['credentials']; maxAttempts: number };
  before(async () => {
    sim = await startSimcloud({ accounts: [{ id: '111111111111' }] }, { services: TEST_SERVICES });
    cfg = { endpoint: sim.endpoint, region: 'eu-west-1', credentials: sim.credentials, maxAttempts: 1 };
  });
  after(() => sim.close());

  it('awsQuery: member lists, un-flattened input, Marker pagination, errors', async () => {
    const iam = new IAMClient(cfg);
    const first = await iam.send(new ListUsersCommand({ MaxItems: 3, PathPrefix: '/' }));
    assert.equal(first.Users?.length, 3);
    assert.equal(first.IsTruncated, true);
    assert.ok(first.Users?.[0]?.CreateDate instanceof Date);
    assert.equal(seen.ListUsers?.MaxItems, '3');
    const names: string[] = [];
    for await (const page of paginateListUsers({ client: iam, pageSize: 2 }, {})) names.push(...(page.Users ?? []).map((u) => u.UserName!));
    assert.equal(names.length, 7);
    assert.equal(new Set(names).size, 7);
    await iam.send(new TagRoleCommand({ RoleName: 'r', Tags: [{ Key: 'a', Value: '1' }, { Key: 'b', Value: '2' }] }));
    assert.deepEqual(seen.TagRole, { RoleName: 'r', Tags: [{ Key: 'a', Value: '1' }, { Key: 'b', Value: '2' }] });
    await assert.rejects(iam.send(new GetRoleCommand({ RoleName: 'x' })), (e: Error & { $metadata: { httpStatusCode: number } }) => e.name === 'NoSuchEntityException' && e.$metadata.httpStatusCode === 404);
    await assert.rejects(iam.send(new ListUsersCommand({ Marker: 'forged' })), /pagination token is invalid/);
  });

  it('ec2Query: item lists, Filter.N.Value.M input, escaping', async () => {
    const ec2 = new EC2Client(cfg);
    const r = await ec2.send(new DescribeVpcsCommand({ VpcIds: ['vpc-1', 'vpc-2'], Filters: [{ Name: 'tag:Name', Values: ['a', 'b'] }] }));
    assert.equal(r.Vpcs?.[0]?.VpcId, 'vpc-1');
    assert.equal(r.Vpcs?.[0]?.IsDefault, false);
    assert.equal(r.Vpcs?.[0]?.Tags?.[0]?.Value, 'a & <b>');
    assert.deepEqual(seen.DescribeVpcs, { VpcId: ['vpc-1', 'vpc-2'], Filter: [{ Name: 'tag:Name', Value: ['a', 'b'] }] });
  });

  it('restXml: roots, custom list members, attributes, raw bodies, sub-resources, XML input, HEAD', async () => {
    const s3 = new S3Client({ ...cfg, forcePathStyle: true });
    const lb = await s3.send(new ListBucketsCommand({}));
    assert.deepEqual(lb.Buckets?.map((b) => b.Name), ['b1', 'b2']);
    const acl = await s3.send(new GetBucketAclCommand({ Bucket: 'b1' }));
    assert.equal(acl.Grants?.length, 2);
    assert.equal(acl.Grants?.[1]?.Grantee?.Type, 'Group');
    assert.equal(acl.Grants?.[1]?.Grantee?.URI, 'http://acs.amazonaws.com/groups/global/AllUsers');
    assert.equal(seen.GetBucketAcl?.Bucket, 'b1');
    const pol = await s3.send(new GetBucketPolicyCommand({ Bucket: 'b1' }));
    assert.equal(pol.Policy, '{"Version":"2012-10-17","Statement":[]}');
    await assert.rejects(s3.send(new GetBucketPolicyCommand({ Bucket: 'none' })), (e: Error) => e.name === 'NoSuchBucketPolicy');
    await s3.send(new PutPublicAccessBlockCommand({ Bucket: 'b1', PublicAccessBlockConfiguration: { BlockPublicAcls: true, RestrictPublicBuckets: false } }));
    assert.deepEqual(seen.PutPublicAccessBlock?.PublicAccessBlockConfiguration, { BlockPublicAcls: 'true', RestrictPublicBuckets: 'false' });
    const head = await s3.send(new HeadBucketCommand({ Bucket: 'b1' }));
    assert.equal(head.BucketRegion, 'eu-west-1');
    await assert.rejects(s3.send(new HeadBucketCommand({ Bucket: 'missing' })), (e: Error & { $metadata: { httpStatusCode: number } }) => e.$metadata.httpStatusCode === 404);
    const tags = await s3.send(new GetObjectTaggingCommand({ Bucket: 'b1', Key: 'dir/a b+c.txt' }));
    assert.equal(tags.TagSet?.[0]?.Value, 'dir/a b+c.txt');
  });

  it('awsJson1_0: dates as epoch seconds, unknown operation', async () => {
    const ddb = new DynamoDBClient(cfg);
    const r = await ddb.send(new DescribeTableCommand({ TableName: 't' }));
    assert.equal(r.Table?.CreationDateTime?.toISOString(), '2024-03-04T05:06:07.000Z');
    assert.equal(r.Table?.ItemCount, 3);
    await assert.rejects(ddb.send(new ListTablesCommand({})), (e: Error) => e.name === 'UnknownOperationException');
  });

  it('awsJson1_1: pagination through the SDK paginator and modelled errors', async () => {
    const kms = new KMSClient(cfg);
    const ids: string[] = [];
    for await (const page of paginateListKeys({ client: kms, pageSize: 2 }, {})) ids.push(...(page.Keys ?? []).map((k) => k.KeyId!));
    assert.deepEqual(ids, ['k1', 'k2', 'k3']);
    await assert.rejects(kms.send(new DescribeKeyCommand({ KeyId: 'x' })), (e: Error) => e.name === 'NotFoundException' && /does not exist/.test(e.message));
    const first = await kms.send(new ListKeysCommand({ Limit: 1 }));
    assert.equal(first.Truncated, true);
  });

  it('restJson1: labels and query parameters, x-amzn-errortype errors, unknown routes', async () => {
    const lambda = new LambdaClient(cfg);
    const r = await lambda.send(new GetPolicyCommand({ FunctionName: 'my-fn', Qualifier: 'live' }));
    assert.equal(r.RevisionId, 'r1');
    assert.equal(seen.GetPolicy?.FunctionName, 'my-fn');
    assert.equal(seen.GetPolicy?.Qualifier, 'live');
    await assert.rejects(lambda.send(new GetPolicyCommand({ FunctionName: 'nope' })), (e: Error & { $metadata: { httpStatusCode: number } }) => e.name === 'ResourceNotFoundException' && e.$metadata.httpStatusCode === 404 && e.message === 'Function not found');
    const l = await lambda.send(new ListFunctionsCommand({ MaxItems: 5 }));
    assert.equal(l.Functions?.[0]?.FunctionName, 'f1');
    await assert.rejects(lambda.send(new GetFunctionCommand({ FunctionName: 'f1' })), (e: Error) => e.name === 'UnknownOperationException');
  });

  it('an unserved service answers in its protocol', async () => {
    const sim2 = await startSimcloud({ accounts: [{ id: '111111111111' }] }, { services: [] });
    try {
      const iam = new IAMClient({ ...cfg, endpoint: sim2.endpoint });
      await assert.rejects(iam.send(new ListUsersCommand({})), (e: Error) => e.name === 'InvalidAction' && /does not implement the service "iam"/.test(e.message));
    } finally {
      await sim2.close();
    }
  });
});
