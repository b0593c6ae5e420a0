/**
 * Typed model fixtures of the data services for rule examples: resources only live discovery reports
 * (RDS snapshots), and inventories that give a resource its context (the organization's accounts).
 */
import type { ModelResource } from '../../model/types.js';
import type { RdsSnapshotProperties } from '../../model/aws/data.js';
import { modelFixture, v, type FixtureOptions } from './aws-logging-fixtures.js';

/** The account the fixtures' resources belong to. */
export const OWNER = '111122223333';
/** A member account of the fixtures' organization. */
export const ORG_MEMBER = '444455556666';
/** An account outside the organization. */
export const OUTSIDER = '999988887777';

const owned: FixtureOptions = { account: OWNER };

/** A manual, encrypted, unshared DB instance snapshot of the owner account, with overrides. */
export function rdsSnapshot(name: string, p: Partial<RdsSnapshotProperties> = {}): ModelResource<'aws.rds.snapshot'> {
  return modelFixture('aws.rds.snapshot', name, {
    engine: v('postgres'), encrypted: v(true), kmsKeyId: v(`arn:aws:kms:us-east-1:${OWNER}:key/1234abcd-12ab-34cd-56ef-1234567890ab`), public: v(false),
    sharedWithAccounts: v([]), clusterSnapshot: v(false), snapshotType: v('manual'), sourceId: v(`arn:aws:rds:us-east-1:${OWNER}:db:app`), ...p,
  }, owned);
}

/** An account of the organization, as the Organizations collector reports it from the management account. */
export function organizationAccount(id: string): ModelResource<'aws.organizations.account'> {
  return modelFixture('aws.organizations.account', id, {
    accountId: v(id), accountName: v(`acct-${id}`), email: v(`aws+${id}@example.com`), status: v('ACTIVE'), parentPath: v('Root'), parentId: v('r-exam'),
    joinedAt: v('2024-01-01T00:00:00Z'), joinedMethod: v('CREATED'), isManagementAccount: v(id === OWNER),
  }, owned);
}

/** The organization of the fixtures: the owner and one member account. */
export function organization(): ModelResource<'aws.organizations.account'>[] {
  return [organizationAccount(OWNER), organizationAccount(ORG_MEMBER)];
}
