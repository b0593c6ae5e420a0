import type { IacProvenance } from '../../../../model/core/index.js';
import type { TfRange } from '../instance.js';

/** Provenance of a range, optionally narrowed to an attribute path inside the block. */
export function rangeProv(range: TfRange, attribute?: string): IacProvenance {
  const p: IacProvenance = { kind: 'iac', file: range.file, startLine: range.startLine, endLine: range.endLine };
  const withCol = range.startColumn !== undefined ? { ...p, startColumn: range.startColumn } : p;
  return attribute ? { ...withCol, attribute } : withCol;
}

/** `aws_s3_bucket.b[0]` → `aws_s3_bucket.b`; `module.m["x"].aws_vpc.v` → `module.m.aws_vpc.v`. */
export function stripIndexes(address: string): string {
  return address.replace(/\[[^\]]*\]/g, '');
}
