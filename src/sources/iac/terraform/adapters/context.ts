import type { IacOrigin, Resource, Value } from '../../../../model/core/index.js';
import { defaulted, explicit, unresolvable } from '../../../../model/core/index.js';
import type { InputError } from '../../../../shared/errors.js';
import type { PolicyDocument } from '../../../../model/aws/policy.js';
import type { TfNode, TfProviderConfig, TfRef, TfResourceInstance } from '../instance.js';
import { parsePolicyNode, renderPolicyDocument } from './policy-document.js';
import { Scope, type ScopeHost } from './scope.js';
import { rangeProv, stripIndexes } from './prov.js';

/** Which framework an adapted resource's origin names (HCL evaluation or plan/state JSON). */
export type TfFramework = IacOrigin['framework'] & ('terraform' | 'terraform-plan');

/**
 * Everything adapters share for one root module: the instances indexed by address and type, uid
 * naming, reference resolution and join look-ups, provider region and default tags.
 */
export class AdaptContext implements ScopeHost {
  readonly errors: InputError[] = [];
  private readonly byAddress = new Map<string, TfResourceInstance>();
  private readonly byBase = new Map<string, TfResourceInstance[]>();
  private readonly byType = new Map<string, TfResourceInstance[]>();
  private readonly literalCache = new Map<string, Map<string, TfResourceInstance>>();
  private readonly joinCache = new Map<string, Map<TfResourceInstance, TfResourceInstance[]>>();
  private readonly undeterminedCache = new Map<string, Map<string, TfResourceInstance>>();

  constructor(
    readonly instances: readonly TfResourceInstance[],
    readonly providers: readonly TfProviderConfig[],
    readonly framework: TfFramework = 'terraform',
    /** Builds the uid of an instance; HCL uses `${rootModule}:${address}`, plan JSON `${file}:${address}`. */
    private readonly uidOf: (i: TfResourceInstance) => string = (i) => `${i.rootModule}:${i.address}`,
  ) {
    for (const i of instances) {
      const key = this.key(i.rootModule, i.address);
      this.byAddress.set(key, i);
      const base = this.key(i.rootModule, stripIndexes(i.address));
      const list = this.byBase.get(base) ?? [];
      list.push(i);
      this.byBase.set(base, list);
      if (i.mode !== 'managed') continue;
      const t = this.byType.get(i.type) ?? [];
      t.push(i);
      this.byType.set(i.type, t);
    }
  }

  private key(root: string, address: string): string {
    return `${root}\u0000${address}`;
  }

  uid(i: TfResourceInstance): string {
    return this.uidOf(i);
  }

  /** Managed instances of the given Terraform types, in source order. */
  ofType(...types: string[]): TfResourceInstance[] {
    return types.flatMap((t) => this.byType.get(t) ?? []);
  }

  /**
   * Adapts each managed instance of `types`. An adapter that throws on one instance (a bug, or input
   * shaped in a way not foreseen) costs that resource only: it is reported as an error at its block.
   */
  each(types: readonly string[], adapt: (i: TfResourceInstance) => Resource): Resource[] {
    const out: Resource[] = [];
    for (const i of this.ofType(...types)) {
      try {
        out.push(adapt(i));
      } catch (e) {
        this.errors.push({ file: i.range.file, line: i.range.startLine, column: i.range.startColumn ?? 1, message: `cannot adapt ${i.address}: ${(e as Error).message}` });
      }
    }
    return out;
  }

  /** Managed instances of `types` in the same root module as `near`. */
  sameRoot(near: TfResourceInstance, ...types: string[]): TfResourceInstance[] {
    return this.ofType(...types).filter((i) => i.rootModule === near.rootModule);
  }

  /**
   * The instance a reference address names, seen from `from`: the address as written, then prefixed
   * with `from`'s module path; an address without an index matches a resource with exactly one instance.
   */
  resolveAddress(address: string, from: TfResourceInstance): TfResourceInstance | undefined {
    const candidates = from.modulePath && !address.startsWith('module.') ? [`${from.modulePath}.${address}`, address] : [address];
    for (const a of candidates) {
      const exact = this.byAddress.get(this.key(from.rootModule, a));
      if (exact) return exact;
      if (!/\]$/.test(a)) {
        const many = this.byBase.get(this.key(from.rootModule, a));
        if (many && many.length === 1) return many[0];
      }
    }
    return undefined;
  }

  /** The instance a node refers to by reference (`aws_s3_bucket.b.id` when computed). */
  refTarget(node: TfNode | undefined, from: TfResourceInstance): TfResourceInstance | undefined {
    if (node?.t !== 'unknown' || !node.ref) return undefined;
    return this.resolveAddress(node.ref.address, from);
  }

  /**
   * Instances of `types` by root module and identifying literal: their `literalAttrs` values, plus
   * `id`/`arn` which plan and state JSON carry. Built once per (types, attrs): joins stay linear.
   */
  private literals(types: readonly string[], literalAttrs: readonly string[]): Map<string, TfResourceInstance> {
    const cacheKey = `${types.join(',')}|${literalAttrs.join(',')}`;
    let m = this.literalCache.get(cacheKey);
    if (m) return m;
    m = new Map();
    for (const t of this.ofType(...types)) {
      for (const a of [...literalAttrs, 'id', 'arn']) {
        const v = t.body.attrs[a];
        const k = v?.t === 'scalar' && typeof v.value === 'string' && v.value !== '' ? this.key(t.rootModule, v.value) : undefined;
        if (k && !m.has(k)) m.set(k, t);
      }
    }
    this.literalCache.set(cacheKey, m);
    return m;
  }

  /** The instance of `types` a node designates: by reference, or by a literal equal to an identifying attribute. */
  findTarget(node: TfNode | undefined, from: TfResourceInstance, types: readonly string[], literalAttrs: readonly string[]): TfResourceInstance | undefined {
    if (!node) return undefined;
    if (node.t === 'unknown') {
      const t = this.refTarget(node, from);
      return t && types.includes(t.type) ? t : undefined;
    }
    if (node.t !== 'scalar' || typeof node.value !== 'string' || node.value === '') return undefined;
    return this.literals(types, literalAttrs).get(this.key(from.rootModule, node.value));
  }

  /** Join instances grouped by the target their attribute (or list attribute items) designates. */
  private joinIndex(targetType: string, joinTypes: readonly string[], attr: string, literalAttrs: readonly string[], list: boolean): Map<TfResourceInstance, TfResourceInstance[]> {
    // Adapters ask with one-element lists almost always: no join() for them (this runs for every join of every resource).
    const cacheKey = `${targetType}|${joinTypes.length === 1 ? joinTypes[0] : joinTypes.join(',')}|${attr}|${literalAttrs.length === 1 ? literalAttrs[0] : literalAttrs.join(',')}|${list}`;
    let m = this.joinCache.get(cacheKey);
    if (m) return m;
    m = new Map();
    for (const j of this.ofType(...joinTypes)) {
      const n = j.body.attrs[attr];
      const items = list && n?.t === 'list' ? n.items : n ? [n] : [];
      for (const i of items) {
        const t = this.findTarget(i, j, [targetType], literalAttrs);
        if (!t) continue;
        const l = m.get(t) ?? [];
        if (!l.includes(j)) l.push(j);
        m.set(t, l);
      }
    }
    this.joinCache.set(cacheKey, m);
    return m;
  }

  /**
   * A join instance of `joinType` in `near`'s root whose attribute `attr` is unknown and designates no
   * instance (an unset variable): it may configure any target, `near` included.
   */
  undeterminedJoin(near: TfResourceInstance, joinType: string, attr: string): TfResourceInstance | undefined {
    // Indexed once per (type, attribute): the first such instance of each root module, in source order.
    const cacheKey = `${joinType}|${attr}`;
    let m = this.undeterminedCache.get(cacheKey);
    if (!m) {
      m = new Map();
      for (const j of this.byType.get(joinType) ?? []) {
        if (m.has(j.rootModule)) continue;
        const n = j.body.attrs[attr];
        if (n?.t === 'unknown' && !this.refTarget(n, j)) m.set(j.rootModule, j);
      }
      this.undeterminedCache.set(cacheKey, m);
    }
    return m.get(near.rootModule);
  }

  /** Instances of `joinTypes` whose attribute `attr` designates `target`. */
  joined(target: TfResourceInstance, joinTypes: readonly string[], attr: string, literalAttrs: readonly string[]): TfResourceInstance[] {
    return this.joinIndex(target.type, joinTypes, attr, literalAttrs, false).get(target) ?? [];
  }

  /** Instances of `joinTypes` whose list attribute `attr` names `target` among its items. */
  joinedInList(target: TfResourceInstance, joinTypes: readonly string[], attr: string, literalAttrs: readonly string[]): TfResourceInstance[] {
    return this.joinIndex(target.type, joinTypes, attr, literalAttrs, true).get(target) ?? [];
  }

  /**
   * The uid a reference node designates among `types` (by reference or literal), as a Value. A literal
   * that matches nothing in the configuration stays as written (an existing resource's id or ARN).
   */
  refValue(node: TfNode, from: TfResourceInstance, types: readonly string[], literalAttrs: readonly string[], attribute: string): Value<string> {
    const prov = rangeProv(node.range, attribute);
    if (node.t === 'unknown') {
      const t = this.refTarget(node, from);
      return t ? explicit(this.uid(t), prov) : unresolvable(node.reason, prov);
    }
    if (node.t !== 'scalar' || node.value === null) return unresolvable(`expected a reference or id, got ${node.t}`, prov);
    const t = this.findTarget(node, from, types, literalAttrs);
    return explicit(t ? this.uid(t) : String(node.value), prov);
  }

  /**
   * A policy document: a reference to `data.aws_iam_policy_document.x.json` is rendered from the data
   * source's blocks (its `json` is only known after evaluation by the provider); anything else is parsed.
   */
  policyOf(node: TfNode, from: TfResourceInstance, attribute: string): Value<PolicyDocument | null> {
    const target = this.refTarget(node, from);
    if (target && target.type === 'aws_iam_policy_document' && /^(minified_)?json$/.test((node as { ref?: TfRef }).ref?.attribute ?? '')) {
      return renderPolicyDocument(this.scope(target), (n) => this.policyOf(n, target, 'source_policy_documents'));
    }
    return parsePolicyNode(node, attribute);
  }

  /** The default (unaliased) AWS provider configuration for an instance's module, else the root's. */
  private provider(inst: TfResourceInstance): TfProviderConfig | undefined {
    // Asked twice per resource (region, default tags): looked up once per module path.
    if (this.providerCache.has(inst.modulePath)) return this.providerCache.get(inst.modulePath);
    const aws = this.providers.filter((p) => p.name === 'aws' && !p.alias);
    const found = aws.find((p) => p.modulePath === inst.modulePath) ?? aws.find((p) => p.modulePath === '');
    this.providerCache.set(inst.modulePath, found);
    return found;
  }
  private readonly providerCache = new Map<string, TfProviderConfig | undefined>();

  region(inst: TfResourceInstance): string | undefined {
    const r = this.provider(inst)?.body.attrs['region'];
    return r?.t === 'scalar' && typeof r.value === 'string' ? r.value : undefined;
  }

  /** `default_tags { tags = {...} }` of the provider, merged under the resource's own tags by Terraform. */
  defaultTags(inst: TfResourceInstance): Record<string, string> {
    const dt = this.provider(inst)?.body.attrs['default_tags'];
    const block = dt?.t === 'list' ? dt.items[0] : dt;
    const tags = block?.t === 'object' ? block.attrs['tags'] : undefined;
    const out: Record<string, string> = {};
    if (tags?.t === 'object') for (const [k, v] of Object.entries(tags.attrs)) if (v.t === 'scalar' && v.value !== null) out[k] = String(v.value);
    return out;
  }

  scope(inst: TfResourceInstance): Scope {
    return new Scope(this, inst, inst.body, '', inst.range);
  }

  /** Builds the model resource for an instance. `name` falls back to the address. */
  resource<T extends string, P>(inst: TfResourceInstance, type: T, properties: P, name?: Value<string>): Resource<T, P> {
    const s = this.scope(inst);
    const tagsNode = inst.body.attrs['tags'];
    const defaults = this.defaultTags(inst);
    let tags: Value<Readonly<Record<string, string>>>;
    // Plan and state JSON carry `tags_all`: the provider's merge of default_tags and tags.
    if (inst.body.attrs['tags_all']?.t === 'object') tags = s.stringMap('tags_all');
    else if (tagsNode === undefined || (tagsNode.t === 'scalar' && tagsNode.value === null)) {
      tags = Object.keys(defaults).length > 0 ? explicit(defaults, s.blockProv()) : defaulted({}, s.blockProv());
    } else {
      const own = s.stringMap('tags');
      tags = own.kind === 'unresolvable' ? own : { ...own, value: { ...defaults, ...own.value } };
    }
    const region = this.region(inst);
    const origin: IacOrigin = {
      kind: 'iac',
      framework: this.framework,
      file: inst.range.file,
      startLine: inst.range.startLine,
      endLine: inst.range.endLine,
      address: inst.address,
    };
    const nm = name && name.kind !== 'unresolvable' && typeof name.value === 'string' && name.value !== '' ? name.value : inst.address;
    const base = { uid: this.uid(inst), type, provider: 'aws' as const, name: nm, tags, properties, origin, source: rangeProv(inst.range) };
    return region ? { ...base, region } : base;
  }
}
