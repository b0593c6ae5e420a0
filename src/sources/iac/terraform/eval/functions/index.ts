import type { TfNode } from '../../instance.js';
import { derived, EvalError, firstUnknown, unknown } from '../values.js';
import { collectionFunctions } from './collections.js';
import { encodingFunctions } from './encoding.js';
import { fileFunctions } from './files.js';
import { numericFunctions } from './numeric.js';
import { stringFunctions } from './strings.js';
import type { CallContext, FunctionTable } from './types.js';

export type { CallContext } from './types.js';

const TABLE: FunctionTable = { ...stringFunctions, ...collectionFunctions, ...numericFunctions, ...encodingFunctions, ...fileFunctions };

/** Names of the Terraform functions the evaluator implements (`try` and `can` are handled by the evaluator). */
export const FUNCTION_NAMES: readonly string[] = [...Object.keys(TABLE), 'try', 'can'].sort();

/** Calls a Terraform function; an unimplemented one yields an unknown (never a guessed value). */
export function callFunction(name: string, args: TfNode[], ctx: CallContext): TfNode {
  const f = TABLE[name.startsWith('provider::') ? '' : name];
  if (!f) return unknown(`function ${name}() is not supported by cloudwarden's evaluator`, ctx.range);
  const [min, max] = f.arity ?? [0, Infinity];
  if (args.length < min || args.length > (max ?? min)) {
    throw new EvalError(`${name}() takes ${max === undefined ? min : max === Infinity ? `at least ${min}` : `${min} to ${max}`} arguments, got ${args.length}`);
  }
  const mode = f.unknowns ?? 'deep';
  if (mode !== 'any') {
    for (const a of args) {
      const u = mode === 'deep' ? firstUnknown(a) : a.t === 'unknown' ? a : undefined;
      if (u) return derived(u, ctx.range);
    }
  }
  try {
    return f.fn(args, ctx);
  } catch (e) {
    if (e instanceof EvalError) throw new EvalError(`${name}(): ${e.message}`);
    if (e instanceof RangeError || e instanceof TypeError || e instanceof SyntaxError) throw new EvalError(`${name}(): ${e.message}`);
    throw e;
  }
}
