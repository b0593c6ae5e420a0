/**
 * Amazon Inspector (restJson1, API 2020-06-08; signing name `inspector2`): findings, account status and
 * coverage, read-only. Lists take `maxResults` (1-100) and `nextToken` in the POST body. ListFindings applies
 * the string filters of `filterCriteria` (values of one key are alternatives, `NOT_EQUALS` excludes; keys
 * combine with AND), which is how consoles and scanners ask for "active critical findings on EC2".
 */
import { defineService, SimError, type CallContext } from '../service.js';
import { int, list, page, sectionOf, str, withEpochs } from './data/common.js';

type Shape = Record<string, unknown>;

/** `State`: `{ status: 'ENABLED' | 'DISABLED' | 'ENABLING' | ..., errorCode?, errorMessage? }`. */
export interface InspectorState {
  status: string;
  errorCode?: string;
  errorMessage?: string;
}

/** `account.regions[<region>].inspector2`, in the shapes the Inspector2 API returns (dates ISO-8601). */
export interface Inspector2Section {
  /** The account's `state` and per-resource-type `resourceState` (ec2, ecr, lambda, lambdaCode) for BatchGetAccountStatus. */
  AccountStatus: { state: InspectorState; resourceState: Record<string, InspectorState> };
  /** `Finding` shapes. */
  Findings: Shape[];
  /** `CoveredResource` shapes. */
  CoveredResources: Shape[];
}

const DISABLED: InspectorState = { status: 'DISABLED' };

export function emptyInspector2(): Inspector2Section {
  return { AccountStatus: { state: DISABLED, resourceState: { ec2: DISABLED, ecr: DISABLED, lambda: DISABLED, lambdaCode: DISABLED } }, Findings: [], CoveredResources: [] };
}

function section(ctx: CallContext): Inspector2Section {
  return sectionOf(ctx, 'inspector2', emptyInspector2);
}

/** The values of a finding that a filter key compares (several for multi-resource keys). */
function findingValues(f: Shape, key: string): unknown[] | undefined {
  const resources = (f.resources as Shape[] | undefined) ?? [];
  const pkg = f.packageVulnerabilityDetails as Shape | undefined;
  switch (key) {
    case 'awsAccountId': return [f.awsAccountId];
    case 'findingArn': return [f.findingArn];
    case 'findingStatus': return [f.status];
    case 'findingType': return [f.type];
    case 'severity': return [f.severity];
    case 'title': return [f.title];
    case 'exploitAvailable': return [f.exploitAvailable];
    case 'fixAvailable': return [f.fixAvailable];
    case 'vulnerabilityId': return [pkg?.vulnerabilityId];
    case 'resourceType': return resources.map((r) => r.type);
    case 'resourceId': return resources.map((r) => r.id);
    default: return undefined;
  }
}

function coverageValues(c: Shape, key: string): unknown[] | undefined {
  switch (key) {
    case 'accountId': return [c.accountId];
    case 'resourceType': return [c.resourceType];
    case 'resourceId': return [c.resourceId];
    case 'scanType': return [c.scanType];
    case 'scanStatusCode': return [(c.scanStatus as Shape | undefined)?.statusCode];
    default: return undefined;
  }
}

/** Applies `filterCriteria`'s string filters; an unsupported key is refused rather than silently ignored. */
function applyFilters(items: Shape[], criteria: unknown, values: (item: Shape, key: string) => unknown[] | undefined): Shape[] {
  if (!criteria || typeof criteria !== 'object') return items;
  let out = items;
  for (const [key, raw] of Object.entries(criteria as Record<string, unknown>)) {
    const filters = list({ raw }, 'raw') as { comparison?: string; value?: string }[];
    if (filters.length === 0) continue;
    const probe = items[0] ? values(items[0], key) : [];
    if (probe === undefined) throw new SimError('ValidationException', `simcloud does not support the filter criterion ${key}`);
    const include = filters.filter((f) => f.comparison !== 'NOT_EQUALS');
    const exclude = filters.filter((f) => f.comparison === 'NOT_EQUALS');
    const match = (v: unknown, f: { comparison?: string; value?: string }) => (f.comparison === 'PREFIX' ? String(v ?? '').startsWith(f.value ?? '') : String(v) === f.value);
    out = out.filter((item) => {
      const vs = values(item, key) ?? [];
      if (include.length > 0 && !vs.some((v) => include.some((f) => match(v, f)))) return false;
      return !vs.some((v) => exclude.some((f) => match(v, f)));
    });
  }
  return out;
}

function maxResults(input: Record<string, unknown>): number {
  return int(input, 'maxResults', { min: 1, max: 100 }, 'ValidationException') ?? 50;
}

export default defineService({
  signingName: 'inspector2',
  protocol: 'restJson1',
  routes: [
    { method: 'POST', path: '/findings/list', operation: 'ListFindings' },
    { method: 'POST', path: '/status/batch/get', operation: 'BatchGetAccountStatus' },
    { method: 'POST', path: '/coverage/list', operation: 'ListCoverage' },
  ],
  operations: {
    ListFindings(input, ctx) {
      const items = applyFilters(section(ctx).Findings, input.filterCriteria, findingValues);
      const p = page(items, str(input, 'nextToken'), maxResults(input), 'ValidationException');
      return { findings: p.items.map((f) => withEpochs(f, ['firstObservedAt', 'lastObservedAt', 'updatedAt'])), nextToken: p.next };
    },
    BatchGetAccountStatus(input, ctx) {
      const ids = list(input, 'accountIds').map(String);
      const wanted = ids.length === 0 ? [ctx.account.id] : ids;
      const accounts = [];
      const failedAccounts = [];
      for (const id of wanted) {
        const acct = ctx.world.accounts.get(id);
        // Only the caller's own account (or, for a delegated admin, its members) is visible; others fail per item.
        if (!acct || id !== ctx.account.id) {
          failedAccounts.push({ accountId: id, errorCode: 'ACCESS_DENIED', errorMessage: 'The account is not a member of your organization in Inspector.' });
          continue;
        }
        const s = section(ctx).AccountStatus;
        accounts.push({ accountId: id, state: s.state, resourceState: { ec2: DISABLED, ecr: DISABLED, lambda: DISABLED, lambdaCode: DISABLED, ...s.resourceState } });
      }
      return { accounts, failedAccounts };
    },
    ListCoverage(input, ctx) {
      const items = applyFilters(section(ctx).CoveredResources, input.filterCriteria, coverageValues);
      const p = page(items, str(input, 'nextToken'), maxResults(input), 'ValidationException');
      return { coveredResources: p.items.map((c) => withEpochs(c, ['lastScannedAt'])), nextToken: p.next };
    },
  },
});
