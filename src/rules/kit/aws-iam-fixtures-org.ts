/**
 * Typed fixtures for the IAM Access Analyzer and Organizations rules: resources only live scans produce.
 * Each builder fills every property with a harmless explicit value; pass overrides for what the case needs.
 */
import type { AccessAnalyzerProperties, OrganizationsAccountProperties, OrganizationsScpProperties, OrganizationsUnitProperties } from '../../model/aws/index.js';
import type { PolicyDocument } from '../../model/aws/policy.js';
import type { ModelResource } from '../../model/types.js';
import { modelFixture, v } from './aws-logging-fixtures.js';

const MANAGEMENT = '111122223333';
const opts = { account: MANAGEMENT };

/** An active account analyzer with no findings. */
export function accessAnalyzer(p: Partial<AccessAnalyzerProperties> = {}): ModelResource<'aws.accessanalyzer.analyzer'> {
  return modelFixture('aws.accessanalyzer.analyzer', 'account-analyzer', {
    exists: v(true), analyzerType: v('ACCOUNT'), status: v('ACTIVE'), activeFindings: v(0), activeFindingResourceTypes: v([]), ...p,
  }, opts);
}

/** A member account of the organization, directly under `parentId`. */
export function orgAccount(accountId: string, parentId: string, p: Partial<OrganizationsAccountProperties> = {}): ModelResource<'aws.organizations.account'> {
  return modelFixture('aws.organizations.account', `account-${accountId}`, {
    accountId: v(accountId), accountName: v(`acct-${accountId}`), email: v(`aws+${accountId}@example.com`), status: v('ACTIVE'), parentPath: v('Root'),
    parentId: v(parentId), joinedAt: v('2024-01-01T00:00:00Z'), joinedMethod: v('CREATED'), isManagementAccount: v(accountId === MANAGEMENT), ...p,
  }, opts);
}

/** An organizational unit under `parentId`. */
export function orgUnit(unitId: string, parentId: string, p: Partial<OrganizationsUnitProperties> = {}): ModelResource<'aws.organizations.unit'> {
  return modelFixture('aws.organizations.unit', unitId, { unitId: v(unitId), unitName: v(unitId), parentId: v(parentId), path: v(`Root/${unitId}`), ...p }, opts);
}

/** The AWS managed FullAWSAccess SCP. */
export const FULL_ACCESS: PolicyDocument = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] };

/** A service control policy attached to `targets`. */
export function scp(policyId: string, document: PolicyDocument, targets: readonly string[], p: Partial<OrganizationsScpProperties> = {}): ModelResource<'aws.organizations.scp'> {
  return modelFixture('aws.organizations.scp', policyId, {
    policyId: v(policyId), policyName: v(policyId), awsManaged: v(policyId === 'p-FullAWSAccess'), document: v(document), targets: v(targets), ...p,
  }, opts);
}
