import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { SimError, type CallContext, type OperationHandler, type ServiceDefinition } from '../../service.js';
import { buildWorld } from '../../world/load.js';
import dynamodb from '../dynamodb.js';
import efs from '../elasticfilesystem.js';
import inspector2 from '../inspector2.js';
import sqs from '../sqs.js';
import ssm from '../ssm.js';

const ACCOUNT = '333344445555';
const REGION = 'eu-west-1';

function ctxFor(sections: Record<string, unknown>, host = '127.0.0.1:4566'): CallContext {
  const world = buildWorld({ regions: [REGION], optInRegions: [], accounts: [{ id: ACCOUNT, regions: { [REGION]: sections } }] });
  const account = world.accounts.get(ACCOUNT)!;
  return {
    world,
    account,
    region: REGION,
    caller: { accountId: ACCOUNT, arn: `arn:aws:iam::${ACCOUNT}:root`, userId: ACCOUNT, accessKeyId: 'AKIA', denied: [] },
    operation: 'test',
    http: { path: {}, query: {}, headers: { host }, body: Buffer.alloc(0) },
    requestId: 'r-1',
  };
}

const op = (svc: ServiceDefinition, name: string): OperationHandler => svc.operations[name]!;
const code = (fn: () => unknown): string => {
  try {
    fn();
  } catch (e) {
    if (e instanceof SimError) return e.code;
    throw e;
  }
  return 'no error';
};

describe('data service handlers', () => {
  it('dynamodb ListTables pages by table name and rejects an out-of-range Limit', () => {
    const ctx = ctxFor({ dynamodb: { Tables: ['c', 'a', 'b'].map((TableName) => ({ TableName })) } });
    const first = op(dynamodb, 'ListTables')({ Limit: 2 }, ctx) as { TableNames: string[]; LastEvaluatedTableName?: string };
    assert.deepEqual(first, { TableNames: ['a', 'b'], LastEvaluatedTableName: 'b' });
    const rest = op(dynamodb, 'ListTables')({ Limit: 2, ExclusiveStartTableName: 'b' }, ctx) as { TableNames: string[]; LastEvaluatedTableName?: string };
    assert.deepEqual(rest, { TableNames: ['c'], LastEvaluatedTableName: undefined });
    assert.equal(code(() => op(dynamodb, 'ListTables')({ Limit: 101 }, ctx)), 'ValidationError');
    assert.equal(code(() => op(dynamodb, 'DescribeTable')({ TableName: 'zz' }, ctx)), 'ResourceNotFoundException');
  });

  it('dynamodb sends timestamps as epoch seconds and defaults PITR to disabled', () => {
    const ctx = ctxFor({ dynamodb: { Tables: [{ TableName: 't', CreationDateTime: '2026-01-01T00:00:10Z' }] } });
    const t = op(dynamodb, 'DescribeTable')({ TableName: 't' }, ctx) as { Table: { CreationDateTime: number } };
    assert.equal(t.Table.CreationDateTime, Date.parse('2026-01-01T00:00:10Z') / 1000);
    const b = op(dynamodb, 'DescribeContinuousBackups')({ TableName: 't' }, ctx) as { ContinuousBackupsDescription: { PointInTimeRecoveryDescription: { PointInTimeRecoveryStatus: string } } };
    assert.equal(b.ContinuousBackupsDescription.PointInTimeRecoveryDescription.PointInTimeRecoveryStatus, 'DISABLED');
  });

  it('efs answers PolicyNotFound (404) without a policy and FileSystemNotFound for an unknown id', () => {
    const ctx = ctxFor({ elasticfilesystem: { FileSystems: [{ FileSystemId: 'fs-1' }] } });
    assert.equal(code(() => op(efs, 'DescribeFileSystemPolicy')({ FileSystemId: 'fs-1' }, ctx)), 'PolicyNotFound');
    assert.equal(code(() => op(efs, 'DescribeBackupPolicy')({ FileSystemId: 'fs-1' }, ctx)), 'PolicyNotFound');
    assert.equal(code(() => op(efs, 'DescribeFileSystemPolicy')({ FileSystemId: 'fs-2' }, ctx)), 'FileSystemNotFound');
  });

  it('sqs builds queue URLs from the request host and returns no token without MaxResults', () => {
    const ctx = ctxFor({ sqs: { Queues: [{ QueueName: 'a', Attributes: {} }, { QueueName: 'b', Attributes: { SqsManagedSseEnabled: 'true' } }] } });
    const all = op(sqs, 'ListQueues')({}, ctx) as { QueueUrls: string[]; NextToken?: string };
    assert.deepEqual(all.QueueUrls, [`http://127.0.0.1:4566/${ACCOUNT}/a`, `http://127.0.0.1:4566/${ACCOUNT}/b`]);
    assert.equal(all.NextToken, undefined);
    const paged = op(sqs, 'ListQueues')({ MaxResults: 1 }, ctx) as { QueueUrls: string[]; NextToken?: string };
    assert.equal(paged.QueueUrls.length, 1);
    assert.ok(paged.NextToken);
    const attrs = op(sqs, 'GetQueueAttributes')({ QueueUrl: all.QueueUrls[1], AttributeNames: ['SqsManagedSseEnabled', 'QueueArn'] }, ctx) as { Attributes: Record<string, string> };
    assert.deepEqual(attrs.Attributes, { SqsManagedSseEnabled: 'true', QueueArn: `arn:aws:sqs:${REGION}:${ACCOUNT}:b` });
    assert.equal(code(() => op(sqs, 'GetQueueAttributes')({ QueueUrl: `http://x/${ACCOUNT}/nope` }, ctx)), 'QueueDoesNotExist');
    assert.equal(code(() => op(sqs, 'ListQueues')({ MaxResults: 1, NextToken: 'forged' }, ctx)), 'InvalidParameterValue');
  });

  it('ssm filters instance information, requires instance ids for patch states, and summarises compliance', () => {
    const ctx = ctxFor({
      ssm: {
        InstanceInformationList: [{ InstanceId: 'i-1', PingStatus: 'Online' }, { InstanceId: 'i-2', PingStatus: 'ConnectionLost' }],
        ResourceComplianceSummaryItems: [
          { ComplianceType: 'Patch', ResourceType: 'ManagedInstance', ResourceId: 'i-1', Status: 'NON_COMPLIANT', OverallSeverity: 'CRITICAL', ExecutionSummary: { ExecutionTime: '2026-03-01T00:00:00Z' } },
          { ComplianceType: 'Patch', ResourceType: 'ManagedInstance', ResourceId: 'i-2', Status: 'COMPLIANT', OverallSeverity: 'UNSPECIFIED' },
        ],
        Parameters: [{ Name: '/app/db', Type: 'SecureString' }],
      },
    });
    const online = op(ssm, 'DescribeInstanceInformation')({ Filters: [{ Key: 'PingStatus', Values: ['Online'] }] }, ctx) as { InstanceInformationList: { InstanceId: string }[] };
    assert.deepEqual(online.InstanceInformationList.map((i) => i.InstanceId), ['i-1']);
    assert.equal(code(() => op(ssm, 'DescribeInstancePatchStates')({}, ctx)), 'ValidationException');
    const res = op(ssm, 'ListResourceComplianceSummaries')({ Filters: [{ Key: 'Status', Values: ['NON_COMPLIANT'], Type: 'EQUAL' }] }, ctx) as { ResourceComplianceSummaryItems: { ResourceId: string; ExecutionSummary: { ExecutionTime: number } }[] };
    assert.deepEqual(res.ResourceComplianceSummaryItems.map((i) => i.ResourceId), ['i-1']);
    assert.equal(typeof res.ResourceComplianceSummaryItems[0]?.ExecutionSummary.ExecutionTime, 'number');
    const sum = op(ssm, 'ListComplianceSummaries')({}, ctx) as { ComplianceSummaryItems: unknown[] };
    assert.deepEqual(sum.ComplianceSummaryItems, [{ ComplianceType: 'Patch', CompliantSummary: { CompliantCount: 1 }, NonCompliantSummary: { NonCompliantCount: 1 } }]);
    const params = op(ssm, 'DescribeParameters')({}, ctx) as { Parameters: { Name: string }[] };
    assert.deepEqual(params.Parameters.map((p) => p.Name), ['/app/db']);
  });

  it('inspector2 filters: values of one key are alternatives, NOT_EQUALS excludes, keys combine', () => {
    const f = (n: string, severity: string, type: string) => ({ findingArn: n, severity, status: 'ACTIVE', resources: [{ type, id: n }] });
    const ctx = ctxFor({ inspector2: { Findings: [f('a', 'CRITICAL', 'AWS_EC2_INSTANCE'), f('b', 'HIGH', 'AWS_EC2_INSTANCE'), f('c', 'CRITICAL', 'AWS_LAMBDA_FUNCTION'), f('d', 'LOW', 'AWS_EC2_INSTANCE')] } });
    const list = (filterCriteria: unknown) => (op(inspector2, 'ListFindings')({ filterCriteria }, ctx) as { findings: { findingArn: string }[] }).findings.map((x) => x.findingArn);
    assert.deepEqual(list({ severity: [{ comparison: 'EQUALS', value: 'CRITICAL' }, { comparison: 'EQUALS', value: 'HIGH' }], resourceType: [{ comparison: 'EQUALS', value: 'AWS_EC2_INSTANCE' }] }), ['a', 'b']);
    assert.deepEqual(list({ severity: [{ comparison: 'NOT_EQUALS', value: 'LOW' }] }), ['a', 'b', 'c']);
    assert.deepEqual(list({ resourceType: [{ comparison: 'PREFIX', value: 'AWS_LAMBDA' }] }), ['c']);
    assert.equal(code(() => list({ ec2InstanceImageId: [{ comparison: 'EQUALS', value: 'ami-1' }] })), 'ValidationException');
    assert.equal(code(() => op(inspector2, 'ListFindings')({ maxResults: 500 }, ctx)), 'ValidationException');
    const status = op(inspector2, 'BatchGetAccountStatus')({ accountIds: [ACCOUNT, '999999999999'] }, ctx) as { accounts: { state: { status: string } }[]; failedAccounts: { accountId: string }[] };
    assert.equal(status.accounts[0]?.state.status, 'DISABLED');
    assert.deepEqual(status.failedAccounts.map((a) => a.accountId), ['999999999999']);
  });
});
