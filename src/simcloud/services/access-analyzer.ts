/**
 * IAM Access Analyzer (restJson1): analyzers and their findings. The regional `access-analyzer` section
 * holds `analyzers` (AnalyzerSummary, camelCase as the API) and `findings` (FindingSummaryV2 plus the
 * `analyzerArn` or `analyzerName` they belong to).
 */
import { defineService, SimError, type CallContext } from '../service.js';
import { regionalSection } from '../world/state.js';
import { compact, isoTime, pageOf, str } from './monitoring/shared.js';

export interface AnalyzerState {
  name: string;
  arn?: string;
  /** ACCOUNT | ORGANIZATION | ACCOUNT_UNUSED_ACCESS | ... */
  type?: string;
  status?: string;
  createdAt?: string;
  tags?: Record<string, string>;
  [k: string]: unknown;
}

export interface AnalyzerFindingState {
  id: string;
  analyzerArn?: string;
  analyzerName?: string;
  resource?: string;
  resourceType: string;
  resourceOwnerAccount?: string;
  /** ACTIVE | ARCHIVED | RESOLVED */
  status?: string;
  findingType?: string;
  createdAt?: string;
  analyzedAt?: string;
  updatedAt?: string;
  isPublic?: boolean;
  principal?: Record<string, string>;
  action?: string[];
  [k: string]: unknown;
}

export interface AccessAnalyzerSection {
  analyzers: AnalyzerState[];
  findings: AnalyzerFindingState[];
}

export function normalizeAccessAnalyzer(section: Partial<AccessAnalyzerSection>, accountId: string, region: string): AccessAnalyzerSection {
  const s = section as AccessAnalyzerSection;
  s.analyzers ??= [];
  s.findings ??= [];
  for (const a of s.analyzers) {
    a.arn ??= `arn:aws:access-analyzer:${region}:${accountId}:analyzer/${a.name}`;
    a.type ??= 'ACCOUNT';
    a.status ??= 'ACTIVE';
    a.createdAt ??= '2024-01-01T00:00:00Z';
  }
  for (const f of s.findings) {
    if (f.analyzerArn === undefined && f.analyzerName !== undefined) f.analyzerArn = `arn:aws:access-analyzer:${region}:${accountId}:analyzer/${f.analyzerName}`;
    f.status ??= 'ACTIVE';
    f.resourceOwnerAccount ??= accountId;
    f.createdAt ??= '2024-01-01T00:00:00Z';
    f.analyzedAt ??= f.createdAt;
    f.updatedAt ??= f.createdAt;
  }
  return s;
}

function sectionOf(ctx: CallContext): AccessAnalyzerSection {
  return normalizeAccessAnalyzer(regionalSection<Partial<AccessAnalyzerSection>>(ctx.account, ctx.region, 'access-analyzer', () => ({})), ctx.account.id, ctx.region);
}

/** Applies a filter map `{ field: { eq, neq, contains, exists } }` as ListFindings does (the fields we hold). */
function matches(f: AnalyzerFindingState, filter: unknown): boolean {
  if (filter === null || typeof filter !== 'object') return true;
  return Object.entries(filter as Record<string, { eq?: string[]; neq?: string[]; contains?: string[]; exists?: boolean }>).every(([field, c]) => {
    const raw = f[field];
    const val = raw === undefined ? undefined : String(raw);
    if (c.eq && !c.eq.includes(val ?? '')) return false;
    if (c.neq && val !== undefined && c.neq.includes(val)) return false;
    if (c.contains && !c.contains.some((x) => (val ?? '').includes(x))) return false;
    if (c.exists !== undefined && (val !== undefined) !== c.exists) return false;
    return true;
  });
}

function listFindings(input: Record<string, unknown>, ctx: CallContext, v2: boolean): unknown {
  const s = sectionOf(ctx);
  const arn = str(input, 'analyzerArn');
  if (arn === undefined || !s.analyzers.some((a) => a.arn === arn)) throw new SimError('ResourceNotFoundException', `Analyzer ${arn ?? ''} not found`, 404);
  const list = s.findings.filter((f) => f.analyzerArn === arn && matches(f, input['filter']));
  const page = pageOf(list, input['nextToken'], input['maxResults'], 100, 1000, 'ValidationException');
  const findings = page.items.map(({ analyzerArn: _a, analyzerName: _n, ...f }) => {
    const times = { createdAt: isoTime(f.createdAt), analyzedAt: isoTime(f.analyzedAt), updatedAt: isoTime(f.updatedAt) };
    if (v2) return compact({ id: f.id, resource: f.resource, resourceType: f.resourceType, resourceOwnerAccount: f.resourceOwnerAccount, status: f.status, findingType: f.findingType ?? 'ExternalAccess', error: f['error'], ...times });
    return compact({ ...f, condition: f['condition'] ?? {}, ...times });
  });
  return compact({ findings, nextToken: page.next });
}

export default defineService({
  signingName: 'access-analyzer',
  protocol: 'restJson1',
  routes: [
    { method: 'GET', path: '/analyzer', operation: 'ListAnalyzers' },
    { method: 'POST', path: '/finding', operation: 'ListFindings' },
    { method: 'POST', path: '/findingv2', operation: 'ListFindingsV2' },
  ],
  operations: {
    ListAnalyzers(_input, ctx) {
      const type = ctx.http.query['type'];
      const list = sectionOf(ctx).analyzers.filter((a) => type === undefined || type === '' || a.type === type);
      const page = pageOf(list, ctx.http.query['nextToken'], ctx.http.query['maxResults'], 100, 1000, 'ValidationException');
      return compact({ analyzers: page.items.map((a) => compact({ ...a, createdAt: isoTime(a.createdAt), lastResourceAnalyzedAt: isoTime(a['lastResourceAnalyzedAt']), tags: a.tags ?? {} })), nextToken: page.next });
    },
    ListFindings(input, ctx) {
      return listFindings(input, ctx, false);
    },
    ListFindingsV2(input, ctx) {
      return listFindings(input, ctx, true);
    },
  },
});
