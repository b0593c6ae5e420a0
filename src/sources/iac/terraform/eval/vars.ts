import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHclExpression, parseHclFile } from '../hcl/index.js';
import type { TfNode } from '../instance.js';
import { safeEval } from './body.js';
import type { Loader, ModuleDecls } from './loader.js';
import type { Input } from './module.js';
import type { Resolver, Scope } from './scope.js';
import { isPrimitiveType } from './typeconv.js';
import { EvalError, fromJs, scalar } from './values.js';

/** Values in tfvars files and `-var` options cannot refer to anything. */
const NO_REFS: Resolver = {
  moduleDir: process.cwd(),
  resolve: (root) => {
    throw new EvalError(`variables may not refer to "${root}"`);
  },
};

export interface VarOptions {
  readonly varFiles?: readonly string[];
  readonly vars?: Readonly<Record<string, string>>;
  readonly env?: Readonly<Record<string, string | undefined>>;
}

/**
 * Root module input values, in Terraform's precedence (later wins): `TF_VAR_name` environment variables,
 * `terraform.tfvars`, `terraform.tfvars.json`, `*.auto.tfvars(.json)` in lexical order, then `varFiles`
 * in order, then `vars`.
 */
export function rootInputs(loader: Loader, decls: ModuleDecls, opts: VarOptions): Map<string, Input> {
  const values = new Map<string, TfNode>();
  const raw = (name: string, text: string, origin: string): void => {
    const type = decls.variables.get(name)?.node.body.items.find((i) => i.kind === 'attribute' && i.name === 'type');
    const range = { file: origin, startLine: 1, endLine: 1 };
    if (isPrimitiveType(type?.kind === 'attribute' ? type.expr : undefined)) {
      values.set(name, scalar(text, range));
      return;
    }
    const p = parseHclExpression(origin, text);
    if (!p.expr) {
      p.errors.forEach((e) => loader.addError({ ...e, message: `value of variable "${name}": ${e.message}` }));
      return;
    }
    values.set(name, safeEval(p.expr, { file: origin, names: new Map(), resolver: NO_REFS }));
  };
  const env = opts.env ?? process.env;
  for (const [k, v] of Object.entries(env)) if (k.startsWith('TF_VAR_') && v !== undefined) raw(k.slice(7), v, `environment variable ${k}`);
  const dir = decls.dir;
  const auto = safeList(dir)
    .filter((n) => /\.auto\.tfvars(\.json)?$/.test(n))
    .sort();
  const files = [join(dir, 'terraform.tfvars'), join(dir, 'terraform.tfvars.json'), ...auto.map((n) => join(dir, n))].filter((f) => existsSync(f));
  for (const f of [...files, ...(opts.varFiles ?? []).map((f) => resolve(f))]) readVarFile(loader, f, values);
  for (const [k, v] of Object.entries(opts.vars ?? {})) raw(k, v, '-var option');
  const inputs = new Map<string, Input>();
  for (const [k, v] of values) inputs.set(k, () => v);
  return inputs;
}

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

function readVarFile(loader: Loader, abs: string, into: Map<string, TfNode>): void {
  const file = loader.display(abs);
  let text: string;
  try {
    text = readFileSync(abs, 'utf8');
  } catch (e) {
    loader.addError({ file, line: 1, column: 1, message: `cannot read variables file: ${(e as Error).message}` });
    loader.filesFailed.add(file);
    return;
  }
  if (abs.endsWith('.json')) {
    try {
      const j = JSON.parse(text) as unknown;
      if (j && typeof j === 'object' && !Array.isArray(j)) for (const [k, v] of Object.entries(j)) into.set(k, fromJs(v, { file, startLine: 1, endLine: 1 }));
      loader.filesScanned.add(file);
    } catch (e) {
      loader.addError({ file, line: 1, column: 1, message: `invalid JSON: ${(e as Error).message}` });
      loader.filesFailed.add(file);
    }
    return;
  }
  const parsed = parseHclFile(file, text);
  if (parsed.errors.length) {
    parsed.errors.forEach((e) => loader.addError(e));
    loader.filesFailed.add(file);
    return;
  }
  loader.filesScanned.add(file);
  const scope: Scope = { file, names: new Map(), resolver: NO_REFS };
  for (const it of parsed.body.items) {
    if (it.kind === 'attribute') into.set(it.name, safeEval(it.expr, scope));
    else loader.addError({ file, line: it.range.startLine, column: it.range.startColumn, message: `blocks are not allowed in a variables file (found "${it.type}")` });
  }
}
