import type { Block } from '../hcl/index.js';
import type { TfNode, TfProviderConfig, TfRange, TfResourceInstance } from '../instance.js';
import { evalAttribute, evalBody, findAttr, literalString, safeEval } from './body.js';
import { tfRange } from './expr.js';
import type { Loader, Located, ModuleDecls } from './loader.js';
import type { Resolver, Scope, Step } from './scope.js';
import { convert } from './typeconv.js';
import { asNumber, asString, EvalError, list, markInstance, obj, scalar, unknown } from './values.js';

const MAX_DEPTH = 16;
const MAX_INSTANCES = 10_000;
const MODULE_META = new Set(['source', 'version', 'count', 'for_each', 'providers', 'depends_on']);
const NO_NAMES: ReadonlyMap<string, TfNode> = new Map();

/** An input value: a value, or a thunk evaluated on first use in the caller's scope. */
export type Input = () => TfNode;

type Cached = { ok: TfNode } | { err: EvalError } | 'pending';

/** A resource/data block after `count`/`for_each` expansion. */
interface Expanded {
  readonly value: TfNode;
  readonly instances: TfResourceInstance[];
}

/** Instances of one module call. */
interface Call {
  readonly kind: 'single' | 'count' | 'for_each' | 'missing';
  readonly children: { key?: string | number; inst: ModuleInstance }[];
  readonly reason?: string;
}

/** Iteration keys from `count` / `for_each`, or undefined for a single instance, or an unknown. */
type Keys = { kind: 'single' } | { kind: 'count'; n: number } | { kind: 'for_each'; entries: [string, TfNode][] } | { kind: 'unknown'; reason: string; meta: 'count' | 'for_each' };

/**
 * One instance of a module (the root, or a `module` call after count/for_each), evaluated lazily: names
 * are computed on first reference and cached, with cycles reported as unknowns instead of hanging.
 */
export class ModuleInstance implements Resolver {
  readonly moduleDir: string;
  private readonly cache = new Map<string, Cached>();
  private readonly resources = new Map<string, Expanded | 'pending'>();
  private readonly calls = new Map<string, Call>();

  constructor(
    private readonly loader: Loader,
    private readonly decls: ModuleDecls,
    /** `module.a.module.b["k"]`, '' for the root. */
    readonly modulePath: string,
    /** `a.b`: the key of this module in modules.json, '' for the root. */
    private readonly callKey: string,
    private readonly inputs: ReadonlyMap<string, Input>,
    /** Directories of the calling modules, to stop a module that (indirectly) calls itself. */
    private readonly ancestors: readonly string[],
  ) {
    this.moduleDir = decls.dir;
  }

  private scope(file: string): Scope {
    return { file, names: NO_NAMES, resolver: this };
  }

  /** Memoised evaluation with cycle detection; errors are cached and re-thrown so `try()` sees them. */
  private memo(key: string, compute: () => TfNode): TfNode {
    const c = this.cache.get(key);
    if (c === 'pending') throw new EvalError(`cycle: ${key} depends on itself`);
    if (c) {
      if ('err' in c) throw c.err;
      return c.ok;
    }
    this.cache.set(key, 'pending');
    try {
      const v = compute();
      this.cache.set(key, { ok: v });
      return v;
    } catch (e) {
      if (e instanceof EvalError) this.cache.set(key, { err: e });
      else this.cache.delete(key);
      throw e;
    }
  }

  resolve(root: string, steps: readonly Step[], range: TfRange): { value: TfNode; consumed: number } {
    const s0 = steps[0];
    const name0 = s0?.kind === 'attr' ? s0.name : undefined;
    switch (root) {
      case 'var':
        if (name0 === undefined) throw new EvalError('"var" must be followed by a variable name');
        return { value: this.variable(name0, range), consumed: 1 };
      case 'local':
        if (name0 === undefined) throw new EvalError('"local" must be followed by a name');
        return { value: this.local(name0), consumed: 1 };
      case 'module':
        if (name0 === undefined) throw new EvalError('"module" must be followed by a module name');
        return this.moduleRef(name0, steps.slice(1), range);
      case 'data': {
        const s1 = steps[1];
        if (name0 === undefined || s1?.kind !== 'attr') throw new EvalError('"data" must be followed by a type and a name');
        return { value: this.resourceValue(`${name0}.${s1.name}`, 'data', range), consumed: 2 };
      }
      case 'path': {
        const v = name0 === 'module' ? this.loader.display(this.moduleDir) : name0 === 'root' || name0 === 'cwd' ? this.loader.display(name0 === 'root' ? this.loader.rootDir : process.cwd()) : undefined;
        if (v === undefined) throw new EvalError(`unknown path attribute "${name0 ?? ''}"`);
        return { value: scalar(v, range), consumed: 1 };
      }
      case 'terraform':
        if (name0 === 'workspace') return { value: scalar('default', range), consumed: 1 };
        throw new EvalError(`unknown terraform attribute "${name0 ?? ''}"`);
      case 'count':
      case 'each':
      case 'self':
        throw new EvalError(`"${root}" cannot be used here`);
      default:
        if (name0 === undefined) throw new EvalError(`unknown name "${root}"`);
        return { value: this.resourceValue(`${root}.${name0}`, 'managed', range), consumed: 1 };
    }
  }

  private variable(name: string, range: TfRange): TfNode {
    const d = this.decls.variables.get(name);
    if (!d) throw new EvalError(`reference to undeclared input variable "${name}"`);
    return this.memo(`var.${name}`, () => {
      const scope = this.scope(d.file);
      const type = findAttr(d.node.body, 'type')?.expr;
      const input = this.inputs.get(name);
      let v: TfNode | undefined = input?.();
      const nullable = findAttr(d.node.body, 'nullable')?.expr;
      if (v && v.t === 'scalar' && v.value === null && nullable?.type === 'literal' && nullable.value === false) v = undefined;
      if (!v) {
        const def = findAttr(d.node.body, 'default');
        v = def ? evalAttribute(def, scope) : unknown(`var.${name} has no value`, range);
      }
      return convert(v, type, scope);
    });
  }

  private local(name: string): TfNode {
    const d = this.decls.locals.get(name);
    if (!d) throw new EvalError(`reference to undeclared local value "${name}"`);
    return this.memo(`local.${name}`, () => evalAttribute(d.node, this.scope(d.file)));
  }

  /** Output `name` of this module instance. */
  output(name: string): TfNode {
    const d = this.decls.outputs.get(name);
    if (!d) throw new EvalError(`module output "${name}" is not declared`);
    return this.memo(`output.${name}`, () => {
      const v = findAttr(d.node.body, 'value');
      return v ? evalAttribute(v, this.scope(d.file)) : scalar(null, tfRange(d.file, d.node.range));
    });
  }

  private allOutputs(range: TfRange): TfNode {
    const attrs: Record<string, TfNode> = {};
    for (const k of this.decls.outputs.keys()) {
      try {
        attrs[k] = this.output(k);
      } catch (e) {
        if (!(e instanceof EvalError)) throw e;
        attrs[k] = unknown(e.message, range);
      }
    }
    return obj(attrs, range);
  }

  private moduleRef(name: string, rest: readonly Step[], range: TfRange): { value: TfNode; consumed: number } {
    const call = this.call(name);
    if (!call) throw new EvalError(`reference to undeclared module "${name}"`);
    if (call.kind === 'missing') return { value: unknown(call.reason ?? `module.${name} is not available`, range), consumed: 1 };
    const pick = (key: string | number | undefined): ModuleInstance | undefined => call.children.find((c) => c.key === key)?.inst;
    let consumed = 1;
    let inst: ModuleInstance | undefined;
    if (call.kind === 'single') inst = call.children[0]?.inst;
    else {
      const s = rest[0];
      if (s?.kind !== 'index') {
        const whole = call.children.map((c) => [c.key, c.inst.allOutputs(range)] as const);
        return { value: call.kind === 'count' ? list(whole.map((w) => w[1]), range) : obj(Object.fromEntries(whole.map((w) => [String(w[0]), w[1]])), range), consumed };
      }
      consumed++;
      if (s.key.t === 'unknown') return { value: unknown(s.key.reason, range), consumed };
      const key = call.kind === 'count' ? asNumber(s.key, 'module index') : asString(s.key, 'module key');
      inst = call.reason ? call.children[0]?.inst : pick(key);
      if (!inst) throw new EvalError(`module.${name} has no instance ${JSON.stringify(key)}`);
    }
    if (!inst) return { value: unknown(`module.${name} has no instances`, range), consumed };
    const s = rest[consumed - 1];
    if (s?.kind === 'attr') return { value: inst.output(s.name), consumed: consumed + 1 };
    return { value: inst.allOutputs(range), consumed };
  }

  private keys(b: Block, file: string, what: string): Keys {
    const scope = this.scope(file);
    const count = findAttr(b.body, 'count');
    const fe = findAttr(b.body, 'for_each');
    if (count) {
      const v = safeEval(count.expr, scope);
      if (v.t === 'unknown') return { kind: 'unknown', reason: `count of ${what} is unknown: ${v.reason}`, meta: 'count' };
      try {
        const n = Math.max(0, Math.floor(asNumber(v, 'count')));
        // A guard against `count = 1e9` in hostile or broken input: evaluate it once, as for an unknown count.
        if (n > MAX_INSTANCES) return { kind: 'unknown', reason: `count of ${what} is ${n}, above the evaluator's limit of ${MAX_INSTANCES}`, meta: 'count' };
        return { kind: 'count', n };
      } catch (e) {
        return { kind: 'unknown', reason: `count of ${what}: ${(e as Error).message}`, meta: 'count' };
      }
    }
    if (fe) {
      const v = safeEval(fe.expr, scope);
      if (v.t === 'unknown') return { kind: 'unknown', reason: `for_each of ${what} is unknown: ${v.reason}`, meta: 'for_each' };
      if (v.t === 'object') return { kind: 'for_each', entries: Object.keys(v.attrs).sort().map((k) => [k, v.attrs[k]]) };
      if (v.t === 'list') {
        try {
          return { kind: 'for_each', entries: v.items.map((i) => [asString(i, 'for_each element'), i]) };
        } catch (e) {
          return { kind: 'unknown', reason: `for_each of ${what}: ${(e as Error).message}`, meta: 'for_each' };
        }
      }
      if (v.t === 'scalar' && v.value === null) return { kind: 'for_each', entries: [] };
      return { kind: 'unknown', reason: `for_each of ${what} must be a map or set`, meta: 'for_each' };
    }
    return { kind: 'single' };
  }

  /** Names in force inside one instance: `count.index` or `each.key` / `each.value`. */
  private static iterNames(k: Keys, i: number, range: TfRange): Record<string, TfNode> {
    if (k.kind === 'count') return { count: obj({ index: scalar(i, range) }, range) };
    if (k.kind === 'for_each') return { each: obj({ key: scalar(k.entries[i][0], range), value: k.entries[i][1] }, range) };
    if (k.kind === 'unknown') {
      const u = unknown(k.reason, range);
      return k.meta === 'count' ? { count: obj({ index: u }, range) } : { each: obj({ key: u, value: u }, range) };
    }
    return {};
  }

  private resourceValue(key: string, mode: 'managed' | 'data', range: TfRange): TfNode {
    const ex = this.expand(key, mode);
    if (!ex) throw new EvalError(`reference to undeclared ${mode === 'data' ? 'data source' : 'resource'} "${mode === 'data' ? 'data.' : ''}${key}"`);
    return ex.value.t === 'unknown' ? { ...ex.value, range } : ex.value;
  }

  private expand(key: string, mode: 'managed' | 'data'): Expanded | undefined {
    const d = (mode === 'data' ? this.decls.data : this.decls.resources).get(key);
    if (!d) return undefined;
    const ck = `${mode}:${key}`;
    const cached = this.resources.get(ck);
    if (cached === 'pending') throw new EvalError(`cycle: ${mode === 'data' ? 'data.' : ''}${key} depends on itself`);
    if (cached) return cached;
    this.resources.set(ck, 'pending');
    try {
      const ex = this.expandBlock(key, mode, d);
      this.resources.set(ck, ex);
      return ex;
    } catch (e) {
      this.resources.delete(ck);
      throw e;
    }
  }

  private expandBlock(key: string, mode: 'managed' | 'data', d: Located<Block>): Expanded {
    const [type, name] = key.split('.');
    const base = `${this.modulePath ? this.modulePath + '.' : ''}${mode === 'data' ? 'data.' : ''}${key}`;
    const range = tfRange(d.file, d.node.range);
    const k = this.keys(d.node, d.file, base);
    const suffixes: string[] = k.kind === 'count' ? Array.from({ length: k.n }, (_x, i) => `[${i}]`) : k.kind === 'for_each' ? k.entries.map(([s]) => `[${JSON.stringify(s)}]`) : [''];
    const rootModule = this.loader.display(this.loader.rootDir);
    const instances: TfResourceInstance[] = suffixes.map((suffix, i) => {
      // Most blocks have neither count nor for_each: they share the empty name table.
      const names = k.kind === 'single' ? NO_NAMES : new Map(Object.entries(ModuleInstance.iterNames(k, i, range)));
      const scope: Scope = { file: d.file, names, resolver: this };
      const address = base + suffix;
      const body = markInstance(evalBody(d.node.body, scope, range), address);
      return { address, mode, type, name, modulePath: this.modulePath, body, range, rootModule };
    });
    let value: TfNode;
    if (k.kind === 'single') value = instances[0].body;
    else if (k.kind === 'count') value = list(instances.map((i) => i.body), range);
    else if (k.kind === 'for_each') value = obj(Object.fromEntries(instances.map((inst, i) => [k.entries[i][0], inst.body])), range);
    else value = unknown(k.reason, range, { address: base, attribute: '' });
    return { value, instances };
  }

  private call(name: string): Call | undefined {
    const cached = this.calls.get(name);
    if (cached) return cached;
    const d = this.decls.modules.get(name);
    if (!d) return undefined;
    const scope = this.scope(d.file);
    const source = literalString(d.node.body, 'source', scope) ?? '';
    const key = this.callKey ? `${this.callKey}.${name}` : name;
    const found = this.loader.moduleDir(this.moduleDir, key, source);
    const chain = [...this.ancestors, this.moduleDir];
    const recursive = found !== undefined && chain.includes(found);
    const dir = recursive || chain.length > MAX_DEPTH ? undefined : found;
    if (!dir) {
      const local = source.startsWith('./') || source.startsWith('../');
      const message = recursive
        ? `module "${name}": source "${source}" calls a module that is already being evaluated (recursive modules are not allowed)`
        : found && chain.length > MAX_DEPTH
          ? `module "${name}": modules nested deeper than ${MAX_DEPTH} levels are not evaluated`
          : local
            ? `module "${name}": source directory "${source}" does not exist`
            : `module "${name}": source "${source}" is not downloaded (run terraform init)`;
      this.loader.addError({ file: d.file, line: d.node.range.startLine, column: d.node.range.startColumn, message });
      const missing: Call = { kind: 'missing', children: [], reason: message };
      this.calls.set(name, missing);
      return missing;
    }
    const decls = this.loader.load(dir);
    const range = tfRange(d.file, d.node.range);
    const k = this.keys(d.node, d.file, `module.${name}`);
    const n = k.kind === 'count' ? k.n : k.kind === 'for_each' ? k.entries.length : 1;
    const children: Call['children'] = [];
    for (let i = 0; i < n; i++) {
      const ik: string | number | undefined = k.kind === 'count' ? i : k.kind === 'for_each' ? k.entries[i][0] : undefined;
      const suffix = ik === undefined ? '' : `[${JSON.stringify(ik)}]`;
      const inner: Scope = { file: d.file, names: new Map(Object.entries(ModuleInstance.iterNames(k, i, range))), resolver: this };
      const inputs = new Map<string, Input>();
      for (const it of d.node.body.items) {
        if (it.kind !== 'attribute' || MODULE_META.has(it.name)) continue;
        let memo: TfNode | undefined;
        inputs.set(it.name, () => (memo ??= evalAttribute(it, inner)));
      }
      const path = `${this.modulePath ? this.modulePath + '.' : ''}module.${name}${suffix}`;
      children.push({ key: ik, inst: new ModuleInstance(this.loader, decls, path, key, inputs, chain) });
    }
    const kind = k.kind === 'unknown' ? 'single' : k.kind;
    const call: Call = { kind: k.kind === 'unknown' ? (k.meta === 'count' ? 'count' : 'for_each') : kind, children, reason: k.kind === 'unknown' ? k.reason : undefined };
    this.calls.set(name, call);
    return call;
  }

  /** Every resource and data instance of this module and its descendants. */
  collect(out: TfResourceInstance[], providers: TfProviderConfig[]): void {
    for (const key of this.decls.resources.keys()) out.push(...this.tryExpand(key, 'managed'));
    for (const key of this.decls.data.keys()) out.push(...this.tryExpand(key, 'data'));
    for (const p of this.decls.providers) {
      const scope = this.scope(p.file);
      const alias = literalString(p.node.body, 'alias', scope);
      const body = evalBody(p.node.body, scope, tfRange(p.file, p.node.range), new Set(['alias', 'version']));
      providers.push({ name: p.node.labels[0], ...(alias ? { alias } : {}), modulePath: this.modulePath, body });
    }
    for (const name of this.decls.modules.keys()) for (const c of this.call(name)?.children ?? []) c.inst.collect(out, providers);
  }

  private tryExpand(key: string, mode: 'managed' | 'data'): TfResourceInstance[] {
    try {
      return this.expand(key, mode)?.instances ?? [];
    } catch (e) {
      if (!(e instanceof EvalError)) throw e;
      return [];
    }
  }
}
