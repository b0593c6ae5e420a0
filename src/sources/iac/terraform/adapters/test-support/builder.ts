/**
 * Test helper: builds TfResourceInstance trees by hand with predictable line numbers, so adapter
 * tests need no HCL parser. Each attribute takes one line; blocks and maps add an opening and a
 * closing line; resources follow each other with one blank line in between.
 */
import type { TfNode, TfObjectNode, TfProviderConfig, TfRange, TfResourceInstance } from '../../instance.js';

const UNKNOWN = Symbol('unknown');
const BLOCK = Symbol('block');

interface UnknownSpec {
  readonly [UNKNOWN]: true;
  readonly reason: string;
  readonly ref?: { address: string; attribute: string };
}
interface BlockSpec {
  readonly [BLOCK]: true;
  readonly items: readonly Spec[];
}
/** What a test writes: plain JS values, plus `ref()`, `unknown()` and `block()` markers. */
export type Spec = string | number | boolean | null | UnknownSpec | BlockSpec | readonly Spec[] | { readonly [k: string]: Spec };

/** A reference to a computed attribute (`aws_s3_bucket.b.id`): an unknown carrying `ref`. */
export function ref(address: string, attribute = 'id'): UnknownSpec {
  return { [UNKNOWN]: true, reason: `${address}.${attribute} is known only after apply`, ref: { address, attribute } };
}

/** An unknown without a reference (an unset variable). */
export function unknown(reason = 'var.x has no value'): UnknownSpec {
  return { [UNKNOWN]: true, reason };
}

/** Nested block(s): `versioning { ... }` written once or several times. */
export function block(...items: Spec[]): BlockSpec {
  return { [BLOCK]: true, items };
}

export class TfBuilder {
  readonly instances: TfResourceInstance[] = [];
  readonly providers: TfProviderConfig[] = [];
  private line = 1;

  constructor(
    readonly file = 'main.tf',
    readonly rootModule = '.',
  ) {}

  private r(start: number, end = start): TfRange {
    return { file: this.file, startLine: start, endLine: end };
  }

  private node(spec: Spec): TfNode {
    const start = this.line;
    if (spec === null || typeof spec !== 'object') {
      this.line++;
      return { t: 'scalar', value: spec, range: this.r(start) };
    }
    if (UNKNOWN in spec) {
      this.line++;
      const u = spec as UnknownSpec;
      return u.ref ? { t: 'unknown', reason: u.reason, ref: u.ref, range: this.r(start) } : { t: 'unknown', reason: u.reason, range: this.r(start) };
    }
    if (BLOCK in spec) {
      const items = (spec as BlockSpec).items.map((i) => this.object(i as Record<string, Spec>));
      return { t: 'list', block: true, items, range: this.r(start, this.line - 1) };
    }
    if (Array.isArray(spec)) {
      const items = spec.map((i) => ({ ...this.node(i), range: this.r(start) }) as TfNode);
      this.line = start + 1;
      return { t: 'list', items, range: this.r(start) };
    }
    return this.object(spec as Record<string, Spec>);
  }

  private object(spec: Record<string, Spec>): TfObjectNode {
    const start = this.line++;
    const attrs: Record<string, TfNode> = {};
    for (const [k, v] of Object.entries(spec)) attrs[k] = this.node(v);
    return { t: 'object', attrs, range: this.r(start, this.line++) };
  }

  /** Adds `resource "<type>" "<name>" { ... }`; `address` may carry an index or module prefix. */
  resource(type: string, name: string, body: Record<string, Spec>, opts: { address?: string; modulePath?: string; mode?: 'managed' | 'data' } = {}): TfResourceInstance {
    const obj = this.object(body);
    this.line++;
    const modulePath = opts.modulePath ?? '';
    const address = opts.address ?? `${modulePath ? `${modulePath}.` : ''}${opts.mode === 'data' ? 'data.' : ''}${type}.${name}`;
    const inst: TfResourceInstance = { address, mode: opts.mode ?? 'managed', type, name, modulePath, body: obj, range: obj.range, rootModule: this.rootModule };
    this.instances.push(inst);
    return inst;
  }

  provider(name: string, body: Record<string, Spec>, alias?: string): void {
    const obj = this.object(body);
    this.line++;
    this.providers.push(alias ? { name, alias, modulePath: '', body: obj } : { name, modulePath: '', body: obj });
  }
}
