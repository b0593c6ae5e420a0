import type { TfNode, TfRange } from '../instance.js';

/** One step of a traversal after its root name: `.name` or `[key]`. */
export type Step = { readonly kind: 'attr'; readonly name: string } | { readonly kind: 'index'; readonly key: TfNode };

/** What the module being evaluated answers: root names such as `var`, `local`, `module`, `data`, resource types. */
export interface Resolver {
  /** Absolute directory of the module (for `file`, `templatefile`). */
  readonly moduleDir: string;
  /**
   * Resolves a root name and as many following steps as it needs (`var.x` takes one, `aws_s3_bucket.b`
   * takes one, `module.m.out` two). Returns how many steps it consumed; throws EvalError when undeclared.
   */
  resolve(root: string, steps: readonly Step[], range: TfRange): { value: TfNode; consumed: number };
}

/** The evaluation scope of one expression: its file, the iteration names in force, and the module. */
export interface Scope {
  readonly file: string;
  readonly names: ReadonlyMap<string, TfNode>;
  readonly resolver: Resolver;
}

export function withNames(scope: Scope, add: Record<string, TfNode>): Scope {
  const names = new Map(scope.names);
  for (const [k, v] of Object.entries(add)) names.set(k, v);
  return { ...scope, names };
}
