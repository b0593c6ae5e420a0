/**
 * AWS Systems Manager (awsJson1_1, target prefix `AmazonSSM`): managed instances, Patch Manager patch states,
 * compliance summaries and parameter metadata, read-only. Each list honours `MaxResults` within SSM's range
 * and `NextToken`.
 */
import { defineService, SimError, type CallContext } from '../service.js';
import { int, list, page, sectionOf, str, withEpochs } from './data/common.js';

type Shape = Record<string, unknown>;

/** `account.regions[<region>].ssm`, in the shapes the SSM API returns (dates ISO-8601). */
export interface SsmSection {
  /** `InstanceInformation` shapes (InstanceId, PingStatus, PlatformType, ...). */
  InstanceInformationList: Shape[];
  /** `InstancePatchState` shapes (InstanceId, MissingCount, FailedCount, CriticalNonCompliantCount, ...). */
  InstancePatchStates: Shape[];
  /** `ResourceComplianceSummaryItem` shapes (ComplianceType `Patch` / `Association`, ResourceId, Status, ...). */
  ResourceComplianceSummaryItems: Shape[];
  /** `ParameterMetadata` shapes. */
  Parameters: Shape[];
}

export function emptySsm(): SsmSection {
  return { InstanceInformationList: [], InstancePatchStates: [], ResourceComplianceSummaryItems: [], Parameters: [] };
}

function section(ctx: CallContext): SsmSection {
  return sectionOf(ctx, 'ssm', emptySsm);
}

/** `Filters: [{ Key, Values }]` as a predicate over a field accessor (unknown keys reject nothing). */
function filtered(items: Shape[], filters: unknown[], field: (item: Shape, key: string) => unknown): Shape[] {
  return items.filter((item) =>
    filters.every((f) => {
      const { Key, Values } = f as { Key?: string; Values?: unknown };
      const values = list({ Values }, 'Values').map(String);
      const v = Key === undefined ? undefined : field(item, Key);
      return v === undefined || values.length === 0 || values.includes(String(v));
    }),
  );
}

/**
 * Counters Patch Manager always reports (0 when nothing is in that state); a world entry states only the
 * non-zero ones.
 */
const PATCH_COUNTS = [
  'InstalledCount', 'InstalledOtherCount', 'InstalledPendingRebootCount', 'InstalledRejectedCount', 'MissingCount', 'FailedCount',
  'UnreportedNotApplicableCount', 'NotApplicableCount', 'CriticalNonCompliantCount', 'SecurityNonCompliantCount', 'OtherNonCompliantCount',
] as const;

function withCounts(state: Shape): Shape {
  const out: Shape = { ...state };
  for (const k of PATCH_COUNTS) out[k] ??= 0;
  return out;
}

const INFO_KEYS: Readonly<Record<string, string>> = { InstanceIds: 'InstanceId', PingStatus: 'PingStatus', PlatformTypes: 'PlatformType', ResourceType: 'ResourceType', AgentVersion: 'AgentVersion' };

export default defineService({
  signingName: 'ssm',
  protocol: 'awsJson1_1',
  targetPrefix: 'AmazonSSM',
  operations: {
    DescribeInstanceInformation(input, ctx) {
      const filters = [...list(input, 'Filters'), ...list(input, 'InstanceInformationFilterList').map((f) => ({ Key: (f as Shape).key, Values: (f as Shape).valueSet }))];
      const items = filtered(section(ctx).InstanceInformationList, filters, (i, k) => (INFO_KEYS[k] ? i[INFO_KEYS[k]] : undefined));
      const max = int(input, 'MaxResults', { min: 5, max: 50 }) ?? 50;
      const p = page(items, str(input, 'NextToken'), max, 'InvalidNextToken');
      const dates = ['LastPingDateTime', 'RegistrationDate', 'LastAssociationExecutionDate', 'LastSuccessfulAssociationExecutionDate'];
      return { InstanceInformationList: p.items.map((i) => withEpochs(i, dates)), NextToken: p.next };
    },
    DescribeInstancePatchStates(input, ctx) {
      const ids = list(input, 'InstanceIds').map(String);
      if (ids.length === 0 || ids.length > 50) throw new SimError('ValidationException', 'InstanceIds must contain between 1 and 50 items.');
      const items = section(ctx).InstancePatchStates.filter((s) => ids.includes(String(s.InstanceId)));
      const max = int(input, 'MaxResults', { min: 10, max: 100 }) ?? 10;
      const p = page(items, str(input, 'NextToken'), max, 'InvalidNextToken');
      const dates = ['OperationStartTime', 'OperationEndTime', 'LastNoRebootInstallOperationTime'];
      return { InstancePatchStates: p.items.map((s) => withEpochs(withCounts(s), dates)), NextToken: p.next };
    },
    ListResourceComplianceSummaries(input, ctx) {
      const items = filtered(section(ctx).ResourceComplianceSummaryItems, list(input, 'Filters'), (i, k) => i[k]);
      const max = int(input, 'MaxResults', { min: 1, max: 50 }) ?? 50;
      const p = page(items, str(input, 'NextToken'), max, 'InvalidNextToken');
      return {
        ResourceComplianceSummaryItems: p.items.map((i) => {
          const exec = i.ExecutionSummary as Shape | undefined;
          return exec ? { ...i, ExecutionSummary: withEpochs(exec, ['ExecutionTime']) } : i;
        }),
        NextToken: p.next,
      };
    },
    ListComplianceSummaries(input, ctx) {
      // Per compliance type, how many resources comply and how many do not (severity breakdown omitted).
      const byType = new Map<string, { c: number; n: number }>();
      for (const i of section(ctx).ResourceComplianceSummaryItems) {
        const t = String(i.ComplianceType);
        const e = byType.get(t) ?? { c: 0, n: 0 };
        if (i.Status === 'COMPLIANT') e.c++;
        else e.n++;
        byType.set(t, e);
      }
      const rows = [...byType].map(([ComplianceType, e]) => ({ ComplianceType, CompliantSummary: { CompliantCount: e.c }, NonCompliantSummary: { NonCompliantCount: e.n } }));
      const items = filtered(rows, list(input, 'Filters'), (i, k) => i[k]);
      const max = int(input, 'MaxResults', { min: 1, max: 50 }) ?? 50;
      const p = page(items, str(input, 'NextToken'), max, 'InvalidNextToken');
      return { ComplianceSummaryItems: p.items, NextToken: p.next };
    },
    DescribeParameters(input, ctx) {
      const max = int(input, 'MaxResults', { min: 1, max: 50 }) ?? 50;
      const p = page(section(ctx).Parameters, str(input, 'NextToken'), max, 'InvalidNextToken');
      return { Parameters: p.items.map((x) => withEpochs(x, ['LastModifiedDate'])), NextToken: p.next };
    },
  },
});
