/**
 * The read-only Describe* operations of EC2/VPC that list one kind of resource: id-list parameter, filters,
 * `MaxResults`/`NextToken`, then the SDK-shaped list rendered with EC2's element names.
 */
import type { OperationHandler } from '../../service.js';
import { applyFilters, byIds, filters, int, str, strings, strip, type FilterFields } from './input.js';
import { page, type PageLimits } from './page.js';
import { ec2Of, type Ec2Section } from './state.js';
import { toWire } from './wire.js';

type Input = Record<string, unknown>;

export interface DescribeSpec<T> {
  readonly op: string;
  /** Output shape name (`DescribeVpcsResult`) and its list member (`Vpcs`). */
  readonly result: string;
  readonly listKey: string;
  readonly select: (s: Ec2Section) => readonly T[];
  /** Id-list parameter: wire and SDK names, how to read an item's id, and the not-found error code. */
  readonly ids?: { readonly params: readonly string[]; readonly idOf: (t: T) => string | undefined; readonly notFound: string; readonly what: string };
  readonly fields: FilterFields<T>;
  readonly limits: PageLimits;
  /** Extra narrowing from other parameters (owners, group names). */
  readonly narrow?: (items: T[], input: Input, accountId: string) => T[];
  /** World-only fields to drop from the answer. */
  readonly hidden?: readonly string[];
}

/** A Describe* handler from its spec. */
export function describe<T extends object>(spec: DescribeSpec<T>): OperationHandler {
  return (input, ctx) => {
    const s = ec2Of(ctx.account, ctx.region);
    let items = [...spec.select(s)];
    if (spec.ids) items = byIds(items, strings(input, ...spec.ids.params), spec.ids.idOf, spec.ids.notFound, spec.ids.what);
    if (spec.narrow) items = spec.narrow(items, input, ctx.account.id);
    items = applyFilters(items, filters(input), spec.fields);
    const p = page(items, str(input, 'NextToken'), int(input, 'MaxResults'), spec.op, spec.limits);
    const out = spec.hidden ? p.items.map((i) => strip(i, ...spec.hidden!)) : p.items;
    return toWire(spec.result, { [spec.listKey]: out, NextToken: p.nextToken });
  };
}

/** One value of a field as a filter value (`true`/`false` for booleans, numbers as text). */
export function one(v: unknown): (string | undefined)[] {
  return v === undefined || v === null ? [] : [String(v)];
}

export const LIMITS_5_1000: PageLimits = { min: 5, max: 1000, default: 1000 };
export const LIMITS_5_1000_ALL: PageLimits = { min: 5, max: 1000, default: Number.MAX_SAFE_INTEGER };
export const LIMITS_1_1000: PageLimits = { min: 1, max: 1000, default: 1000 };

/** Owner narrowing for snapshots and images: `self`, account ids; other owner aliases match nothing here. */
export function byOwners<T extends { OwnerId?: string }>(items: T[], owners: readonly string[], accountId: string): T[] {
  if (owners.length === 0) return items;
  return items.filter((t) => owners.some((o) => (o === 'self' ? t.OwnerId === accountId : o === t.OwnerId)));
}
