import type { Expr } from '../../hcl/index.js';
import type { TfNode, TfRange } from '../../instance.js';
import type { Scope } from '../scope.js';

export interface CallContext {
  readonly range: TfRange;
  readonly moduleDir: string;
  readonly scope: Scope;
  /** The expression evaluator (passed in to keep functions free of an import cycle). */
  readonly evaluate: (e: Expr, scope: Scope) => TfNode;
}

/**
 * How a function treats unknown arguments: `deep` (default) makes the result unknown if any argument
 * contains an unknown anywhere; `shallow` only if an argument is itself unknown (a list with an unknown
 * element still has a known length); `any` lets the function decide.
 */
export interface TfFunction {
  readonly fn: (args: TfNode[], ctx: CallContext) => TfNode;
  readonly unknowns?: 'deep' | 'shallow' | 'any';
  readonly arity?: readonly [min: number, max?: number];
}

export type FunctionTable = Record<string, TfFunction>;
