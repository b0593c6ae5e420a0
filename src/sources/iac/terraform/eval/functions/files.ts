import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, resolve } from 'node:path';
import { parseHclTemplate } from '../../hcl/index.js';
import type { TfNode } from '../../instance.js';
import type { Scope } from '../scope.js';
import { asObject, asString, EvalError, scalar, unknown } from '../values.js';
import type { CallContext, FunctionTable } from './types.js';

/**
 * Terraform resolves relative paths against the working directory, and modules write `${path.module}/x`
 * (our `path.module` is relative to the scan's working directory). A bare relative path that does not
 * exist there is tried against the module's directory, which is what most authors mean.
 */
function locate(p: string, c: CallContext): string | undefined {
  if (isAbsolute(p)) return existsSync(p) ? p : undefined;
  for (const cand of [resolve(p), resolve(c.moduleDir, p)]) if (existsSync(cand) && statSync(cand).isFile()) return cand;
  return undefined;
}

function readOrUnknown(p: TfNode, c: CallContext, enc: 'utf8' | 'base64'): TfNode {
  const path = asString(p, 'path');
  const f = locate(path, c);
  if (!f) return unknown(`file "${path}" was not found`, c.range);
  return scalar(readFileSync(f, enc), c.range);
}

export const fileFunctions: FunctionTable = {
  file: { arity: [1], fn: ([p], c) => readOrUnknown(p, c, 'utf8') },
  filebase64: { arity: [1], fn: ([p], c) => readOrUnknown(p, c, 'base64') },
  fileexists: { arity: [1], fn: ([p], c) => scalar(locate(asString(p), c) !== undefined, c.range) },
  basename: { arity: [1], fn: ([p], c) => scalar(basename(asString(p)), c.range) },
  dirname: { arity: [1], fn: ([p], c) => scalar(dirname(asString(p)), c.range) },
  abspath: { arity: [1], fn: ([p], c) => scalar(resolve(asString(p)), c.range) },
  templatefile: {
    arity: [2],
    fn: ([p, vars], c) => {
      const path = asString(p, 'path');
      const f = locate(path, c);
      if (!f) return unknown(`template file "${path}" was not found`, c.range);
      const parsed = parseHclTemplate(path, readFileSync(f, 'utf8'));
      if (!parsed.expr) {
        const e = parsed.errors[0];
        throw new EvalError(`${e.file}:${e.line}:${e.column}: ${e.message}`);
      }
      // The template sees only the variables passed in, not the module's names.
      const names = new Map<string, TfNode>(Object.entries(asObject(vars, 'vars')));
      const inner: Scope = {
        file: c.range.file,
        names,
        resolver: {
          moduleDir: c.moduleDir,
          resolve: (root) => {
            throw new EvalError(`templatefile: "${root}" is not among the variables passed to the template`);
          },
        },
      };
      const v = c.evaluate(parsed.expr, inner);
      // Template positions are inside the template file: point at the call instead.
      return { ...v, range: c.range };
    },
  },
};
