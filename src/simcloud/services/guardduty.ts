/**
 * Amazon GuardDuty (restJson1): detectors. The regional `guardduty` section lists detectors with the SDK's
 * member names (`DetectorId`, `Status`, ...); the wire uses the API's camelCase JSON names.
 */
import { defineService, SimError, type CallContext } from '../service.js';
import { regionalSection } from '../world/state.js';
import { compact, isoTime, pageOf } from './monitoring/shared.js';

export interface GuardDutyDetectorState {
  DetectorId: string;
  /** ENABLED | DISABLED */
  Status?: string;
  FindingPublishingFrequency?: string;
  ServiceRole?: string;
  CreatedAt?: string;
  UpdatedAt?: string;
  Tags?: Record<string, string>;
  Features?: { Name: string; Status: string }[];
  /** Findings in the SDK's member names (Id, Type, Severity, CreatedAt, Title, Resource, Service.Archived). */
  Findings?: GuardDutyFindingState[];
}

export interface GuardDutyFindingState {
  Id: string;
  Type: string;
  Severity: number;
  CreatedAt: string;
  UpdatedAt?: string;
  Title?: string;
  Resource?: { ResourceType?: string };
  Service?: { Archived?: boolean; Count?: number };
}

export interface GuardDutySection {
  Detectors: GuardDutyDetectorState[];
}

/**
 * The protection plans of a detector enabled today without choosing any: GuardDuty turns on the
 * foundational sources and the S3, EKS audit log, malware, RDS and Lambda plans; runtime monitoring is opt-in.
 */
export const DEFAULT_FEATURES: readonly { Name: string; Status: string }[] = [
  ...['CLOUD_TRAIL', 'DNS_LOGS', 'FLOW_LOGS', 'S3_DATA_EVENTS', 'EKS_AUDIT_LOGS', 'EBS_MALWARE_PROTECTION', 'RDS_LOGIN_EVENTS', 'LAMBDA_NETWORK_LOGS'].map((Name) => ({ Name, Status: 'ENABLED' })),
  { Name: 'RUNTIME_MONITORING', Status: 'DISABLED' },
];

export function normalizeGuardDuty(section: Partial<GuardDutySection>): GuardDutySection {
  const s = section as GuardDutySection;
  s.Detectors ??= [];
  for (const d of s.Detectors) {
    d.Status ??= 'ENABLED';
    d.FindingPublishingFrequency ??= 'SIX_HOURS';
    d.CreatedAt ??= '2024-01-01T00:00:00.000Z';
    d.UpdatedAt ??= d.CreatedAt;
    // Features the world names override the defaults; the others keep them.
    const named = new Set((d.Features ?? []).map((f) => f.Name));
    d.Features = [...(d.Features ?? []), ...DEFAULT_FEATURES.filter((f) => !named.has(f.Name)).map((f) => ({ ...f }))];
  }
  return s;
}

/** A FindingCriteria condition: the comparisons the consoles and scanners use. */
type Condition = { eq?: string[]; neq?: string[]; equals?: string[]; notEquals?: string[]; gt?: number; gte?: number; lt?: number; lte?: number; greaterThan?: number; greaterThanOrEqual?: number; lessThan?: number; lessThanOrEqual?: number };

/** The value of a criterion field (`severity`, `type`, `service.archived`, `resource.resourceType`, `id`). */
function fieldOf(f: GuardDutyFindingState, field: string): string | number | undefined {
  switch (field) {
    case 'severity': return f.Severity;
    case 'type': return f.Type;
    case 'id': return f.Id;
    case 'service.archived': return String(f.Service?.Archived ?? false);
    case 'resource.resourceType': return f.Resource?.ResourceType;
    default: throw new SimError('BadRequestException', `The request is rejected because the criterion field ${field} is not supported by this simulation.`, 400);
  }
}

function matches(f: GuardDutyFindingState, field: string, c: Condition): boolean {
  const v = fieldOf(f, field);
  const eq = c.eq ?? c.equals;
  const ne = c.neq ?? c.notEquals;
  const n = Number(v);
  const cmp: [number | undefined, (x: number) => boolean][] = [
    [c.gt ?? c.greaterThan, (x) => n > x], [c.gte ?? c.greaterThanOrEqual, (x) => n >= x], [c.lt ?? c.lessThan, (x) => n < x], [c.lte ?? c.lessThanOrEqual, (x) => n <= x],
  ];
  return (eq === undefined || eq.includes(String(v))) && (ne === undefined || !ne.includes(String(v))) && cmp.every(([x, ok]) => x === undefined || ok(x));
}

function detector(ctx: CallContext, input: Record<string, unknown>): GuardDutyDetectorState {
  const id = ctx.http.path['DetectorId'] ?? String(input['DetectorId'] ?? '');
  const d = sectionOf(ctx).Detectors.find((x) => x.DetectorId === id);
  if (d === undefined) throw new SimError('BadRequestException', 'The request is rejected because the input detectorId is not owned by the current account.', 400);
  return d;
}

function sectionOf(ctx: CallContext): GuardDutySection {
  return normalizeGuardDuty(regionalSection<Partial<GuardDutySection>>(ctx.account, ctx.region, 'guardduty', () => ({})));
}

export default defineService({
  signingName: 'guardduty',
  protocol: 'restJson1',
  routes: [
    { method: 'GET', path: '/detector', operation: 'ListDetectors' },
    { method: 'GET', path: '/detector/{DetectorId}', operation: 'GetDetector' },
    { method: 'POST', path: '/detector/{DetectorId}/findings', operation: 'ListFindings' },
    { method: 'POST', path: '/detector/{DetectorId}/findings/get', operation: 'GetFindings' },
  ],
  operations: {
    ListDetectors(_input, ctx) {
      const page = pageOf(sectionOf(ctx).Detectors, ctx.http.query['nextToken'], ctx.http.query['maxResults'], 50, 50, 'BadRequestException');
      return compact({ detectorIds: page.items.map((d) => d.DetectorId), nextToken: page.next });
    },
    ListFindings(input, ctx) {
      const d = detector(ctx, input);
      const criterion = ((input['findingCriteria'] as { criterion?: Record<string, Condition> } | undefined)?.criterion) ?? {};
      const items = (d.Findings ?? []).filter((f) => Object.entries(criterion).every(([field, c]) => matches(f, field, c)));
      const page = pageOf(items, input['nextToken'] as string | undefined, input['maxResults'] as number | undefined, 50, 50, 'BadRequestException');
      return compact({ findingIds: page.items.map((f) => f.Id), nextToken: page.next });
    },
    GetFindings(input, ctx) {
      const d = detector(ctx, input);
      const ids = (input['findingIds'] as string[] | undefined) ?? [];
      if (ids.length > 50) throw new SimError('BadRequestException', 'The request is rejected because findingIds has more than 50 items.', 400);
      const found = (d.Findings ?? []).filter((f) => ids.includes(f.Id));
      return {
        findings: found.map((f) => compact({
          id: f.Id, type: f.Type, severity: f.Severity, title: f.Title, createdAt: f.CreatedAt, updatedAt: f.UpdatedAt ?? f.CreatedAt,
          accountId: ctx.account.id, region: ctx.region, arn: `arn:aws:guardduty:${ctx.region}:${ctx.account.id}:detector/${d.DetectorId}/finding/${f.Id}`,
          schemaVersion: '2.0', resource: compact({ resourceType: f.Resource?.ResourceType }), service: { archived: f.Service?.Archived ?? false, count: f.Service?.Count ?? 1, serviceName: 'guardduty' },
        })),
      };
    },
    GetDetector(input, ctx) {
      const d = detector(ctx, input);
      return compact({
        createdAt: isoTime(d.CreatedAt),
        findingPublishingFrequency: d.FindingPublishingFrequency,
        serviceRole: d.ServiceRole ?? `arn:aws:iam::${ctx.account.id}:role/aws-service-role/guardduty.amazonaws.com/AWSServiceRoleForAmazonGuardDuty`,
        status: d.Status,
        updatedAt: isoTime(d.UpdatedAt),
        tags: d.Tags ?? {},
        features: d.Features?.map((f) => ({ name: f.Name, status: f.Status })),
      });
    },
  },
});
