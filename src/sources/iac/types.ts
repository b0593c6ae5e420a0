import type { Resource } from '../../model/core/index.js';
import type { InputError } from '../../shared/errors.js';

export type IacFramework = 'terraform' | 'terraform-plan' | 'cloudformation' | 'kubernetes';

/** A `# cloudwarden:ignore <rule-id> <reason>` comment found in a source file. */
export interface InlineSuppression {
  readonly file: string;
  /** 1-based line of the comment. */
  readonly line: number;
  readonly ruleId: string;
  readonly reason: string;
}

/** What every IaC source returns: model resources, plus errors as data (the scan goes on). */
export interface IacSourceResult {
  readonly framework: IacFramework;
  readonly resources: Resource[];
  readonly errors: InputError[];
  /** Files parsed successfully. */
  readonly filesScanned: string[];
  /** Files that could not be parsed (each has at least one entry in `errors`). */
  readonly filesFailed: string[];
  readonly suppressions: InlineSuppression[];
}

export function emptyResult(framework: IacFramework): IacSourceResult {
  return { framework, resources: [], errors: [], filesScanned: [], filesFailed: [], suppressions: [] };
}
