import type { IacProvenance } from '../../../../model/core/index.js';
import type { TfRange } from '../instance.js';

/** Provenance of a range, optionally narrowed to an attribute path inside the block. */
export function rangeProv(range: TfRange, attribute?: string): IacProvenance {
  // Hot path (every value of every resource): one allocation, and block provenance shared per range.
  if (!attribute) {
    let cached = blockProvCache.get(range);
    if (!cached) blockProvCache.set(range, (cached = build(range, undefined)));
    return cached;
  }
  return build(range, attribute);
}

const blockProvCache = new WeakMap<TfRange, IacProvenance>();

function build(range: TfRange, attribute: string | undefined): IacProvenance {
  if (range.startColumn !== undefined)
    return attribute
      ? { kind: 'iac', file: range.file, startLine: range.startLine, endLine: range.endLine, startColumn: range.startColumn, attribute }
      : { kind: 'iac', file: range.file, startLine: range.startLine, endLine: range.endLine, startColumn: range.startColumn };
  return attribute
    ? { kind: 'iac', file: range.file, startLine: range.startLine, endLine: range.endLine, attribute }
    : { kind: 'iac', file: range.file, startLine: range.startLine, endLine: range.endLine };
}

/** `aws_s3_bucket.b[0]` → `aws_s3_bucket.b`; `module.m["x"].aws_vpc.v` → `module.m.aws_vpc.v`. */
export function stripIndexes(address: string): string {
  return address.replace(/\[[^\]]*\]/g, '');
}
