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
}

export interface GuardDutySection {
  Detectors: GuardDutyDetectorState[];
}

export function normalizeGuardDuty(section: Partial<GuardDutySection>): GuardDutySection {
  const s = section as GuardDutySection;
  s.Detectors ??= [];
  for (const d of s.Detectors) {
    d.Status ??= 'ENABLED';
    d.FindingPublishingFrequency ??= 'SIX_HOURS';
    d.CreatedAt ??= '2024-01-01T00:00:00.000Z';
    d.UpdatedAt ??= d.CreatedAt;
  }
  return s;
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
  ],
  operations: {
    ListDetectors(_input, ctx) {
      const page = pageOf(sectionOf(ctx).Detectors, ctx.http.query['nextToken'], ctx.http.query['maxResults'], 50, 50, 'BadRequestException');
      return compact({ detectorIds: page.items.map((d) => d.DetectorId), nextToken: page.next });
    },
    GetDetector(input, ctx) {
      const id = ctx.http.path['DetectorId'] ?? String(input['DetectorId'] ?? '');
      const d = sectionOf(ctx).Detectors.find((x) => x.DetectorId === id);
      if (d === undefined) throw new SimError('BadRequestException', 'The request is rejected because the input detectorId is not owned by the current account.', 400);
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
