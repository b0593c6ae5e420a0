/**
 * Test-only service definitions, one per wire protocol, shaped like one or two real operations so the real
 * SDK clients (IAM, EC2, S3, DynamoDB, KMS, Lambda) can exercise the core's decoding and encoding. Handlers
 * record the decoded input in `seen` for assertions. Not part of the catalogue (lives in a sub-folder).
 */
import { defineService, SimError } from '../service.js';
import type { ServiceDefinition } from '../service.js';
import { paginate } from '../pagination.js';
import { xmlFlat, xmlList } from './xml.js';

/** Decoded inputs, keyed by operation. */
export const seen: Record<string, Record<string, unknown>> = {};
const record = (op: string, input: Record<string, unknown>) => (seen[op] = input);

const USERS = Array.from({ length: 7 }, (_, i) => ({ UserName: `user-${i}`, UserId: `AIDAUSER${i}`, Arn: `arn:aws:iam::111111111111:user/user-${i}`, Path: '/', CreateDate: new Date('2024-01-02T03:04:05Z') }));

/** IAM-shaped awsQuery service. */
export const queryService = defineService({
  signingName: 'iam',
  protocol: 'awsQuery',
  apiVersion: '2010-05-08',
  xmlNamespace: 'https://iam.amazonaws.com/doc/2010-05-08/',
  global: true,
  operations: {
    ListUsers: (input) => {
      record('ListUsers', input);
      const p = paginate(USERS, input.Marker as string | undefined, input.MaxItems as string | undefined, 100, { errorCode: 'InvalidInput' });
      return { Users: p.items, IsTruncated: p.nextToken !== undefined, Marker: p.nextToken };
    },
    TagRole: (input) => {
      record('TagRole', input);
      return undefined;
    },
    GetRole: (input) => {
      throw new SimError('NoSuchEntity', `The role with name ${String(input.RoleName)} cannot be found.`, 404);
    },
  },
});

/** EC2-shaped ec2Query service (regional). */
export const ec2Service = defineService({
  signingName: 'ec2',
  protocol: 'ec2Query',
  xmlNamespace: 'http://ec2.amazonaws.com/doc/2016-11-15/',
  operations: {
    DescribeVpcs: (input) => {
      record('DescribeVpcs', input);
      return { vpcSet: [{ vpcId: 'vpc-1', cidrBlock: '10.0.0.0/16', isDefault: false, tagSet: [{ key: 'Name', value: 'a & <b>' }] }] };
    },
  },
});

/** S3-shaped restXml service. */
export const restXmlService = defineService({
  signingName: 's3',
  protocol: 'restXml',
  routes: [
    { method: 'GET', path: '/', operation: 'ListBuckets' },
    { method: 'GET', path: '/{Bucket}?acl', operation: 'GetBucketAcl' },
    { method: 'GET', path: '/{Bucket}?policy', operation: 'GetBucketPolicy' },
    { method: 'PUT', path: '/{Bucket}?publicAccessBlock', operation: 'PutPublicAccessBlock' },
    { method: 'HEAD', path: '/{Bucket}', operation: 'HeadBucket' },
    { method: 'GET', path: '/{Bucket}/{Key+}', operation: 'GetObjectTagging' },
  ],
  operations: {
    ListBuckets: () => ({ $root: 'ListAllMyBucketsResult', Owner: { ID: 'owner-id' }, Buckets: xmlList([{ Name: 'b1', CreationDate: new Date('2024-01-01T00:00:00Z') }, { Name: 'b2', CreationDate: new Date('2024-02-01T00:00:00Z') }], 'Bucket') }),
    GetBucketAcl: (input) => {
      record('GetBucketAcl', input);
      const xsi = { 'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance' };
      return {
        $root: 'AccessControlPolicy',
        Owner: { ID: 'owner-id' },
        AccessControlList: xmlList(
          [
            { Grantee: { $attrs: { ...xsi, 'xsi:type': 'CanonicalUser' }, ID: 'owner-id' }, Permission: 'FULL_CONTROL' },
            { Grantee: { $attrs: { ...xsi, 'xsi:type': 'Group' }, URI: 'http://acs.amazonaws.com/groups/global/AllUsers' }, Permission: 'READ' },
          ],
          'Grant',
        ),
      };
    },
    GetBucketPolicy: (input) => {
      if (input.Bucket === 'none') throw new SimError('NoSuchBucketPolicy', 'The bucket policy does not exist', 404);
      return { $body: '{"Version":"2012-10-17","Statement":[]}', $headers: { 'content-type': 'application/json' } };
    },
    PutPublicAccessBlock: (input) => {
      record('PutPublicAccessBlock', input);
      return undefined;
    },
    HeadBucket: (input) => {
      if (input.Bucket === 'missing') throw new SimError('NotFound', 'Not Found', 404);
      return { $headers: { 'x-amz-bucket-region': 'eu-west-1' } };
    },
    GetObjectTagging: (input) => {
      record('GetObjectTagging', input);
      return { $root: 'Tagging', TagSet: xmlList([{ Key: 'k', Value: String(input.Key) }], 'Tag') };
    },
  },
});

/** S3's flattened lists, for the XML writer tests. */
export const flattenedExample = { Rule: xmlFlat([{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }]) };

/** DynamoDB-shaped awsJson1_0 service. */
export const json10Service = defineService({
  signingName: 'dynamodb',
  protocol: 'awsJson1_0',
  targetPrefix: 'DynamoDB_20120810',
  operations: {
    DescribeTable: (input) => {
      record('DescribeTable', input);
      return { Table: { TableName: input.TableName, CreationDateTime: new Date('2024-03-04T05:06:07Z'), ItemCount: 3 } };
    },
  },
});

/** KMS-shaped awsJson1_1 service (regional). */
export const json11Service = defineService({
  signingName: 'kms',
  protocol: 'awsJson1_1',
  targetPrefix: 'TrentService',
  operations: {
    ListKeys: (input) => {
      record('ListKeys', input);
      const keys = ['k1', 'k2', 'k3'].map((id) => ({ KeyId: id, KeyArn: `arn:aws:kms:eu-west-1:111111111111:key/${id}` }));
      const p = paginate(keys, input.Marker as string | undefined, input.Limit as number | undefined, 100);
      return { Keys: p.items, Truncated: p.nextToken !== undefined, NextMarker: p.nextToken };
    },
    DescribeKey: (input) => {
      throw new SimError('NotFoundException', `Key '${String(input.KeyId)}' does not exist`, 400);
    },
  },
});

/** Lambda-shaped restJson1 service (regional). */
export const restJsonService = defineService({
  signingName: 'lambda',
  protocol: 'restJson1',
  routes: [
    { method: 'GET', path: '/2015-03-31/functions/{FunctionName}/policy', operation: 'GetPolicy' },
    { method: 'GET', path: '/2015-03-31/functions', operation: 'ListFunctions' },
  ],
  operations: {
    GetPolicy: (input) => {
      record('GetPolicy', input);
      if (input.FunctionName === 'nope') throw new SimError('ResourceNotFoundException', 'Function not found', 404);
      return { Policy: '{"Statement":[]}', RevisionId: 'r1' };
    },
    ListFunctions: (input) => {
      record('ListFunctions', input);
      return { Functions: [{ FunctionName: 'f1', LastModified: '2024-01-01T00:00:00.000+0000' }] };
    },
  },
});

/** Every test-only definition. */
export const TEST_SERVICES: readonly ServiceDefinition[] = [queryService, ec2Service, restXmlService, json10Service, json11Service, restJsonService];
