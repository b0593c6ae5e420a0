import { child, scalarString, withRange, type CfnNode, type CfnRef, type CfnUnknown, type SrcRange } from './node.js';
import type { Template } from './template.js';
import { cidrSubnets, substitute, toJsonString, type SubPart } from './intrinsics.js';

/** Inputs from outside the template: parameter values and the deploy target. */
export interface ResolveOptions {
  readonly parameters?: Readonly<Record<string, string>>;
  readonly region?: string;
  readonly accountId?: string;
}

/** What `AWS::NoValue` resolves to: the property (or list item) disappears. */
export const NO_VALUE: unique symbol = Symbol('AWS::NoValue');
/** A resolved node, or the marker that the value is to be removed. */
export type Resolved = CfnNode | typeof NO_VALUE;

/** A condition is true, false, or unknown with a reason. */
export type ConditionValue = boolean | { readonly unknown: string };

const MAX_DEPTH = 100;

/**
 * Evaluates intrinsic functions against a template's parameters, mappings and conditions. The result is a
 * CfnNode tree without intrinsics, where anything not knowable before deploy is an `unknown` node carrying
 * the reason (and, for references to resources, the target, so adapters can join).
 */
export class Resolver {
  private readonly resourceIds: ReadonlySet<string>;
  private readonly conditionCache = new Map<string, ConditionValue>();
  private readonly evaluating = new Set<string>();
  private depth = 0;

  constructor(private readonly template: Template, private readonly opts: ResolveOptions = {}) {
    this.resourceIds = new Set(template.resources.map((r) => r.logicalId));
  }

  /** Resolves a node; a map value's resolved node keeps the range of its `Key: value` pair. */
  resolve(n: CfnNode): Resolved {
    if (this.depth > MAX_DEPTH) return unknown('intrinsic functions nest too deep', n.range);
    this.depth++;
    try {
      return this.resolveInner(n);
    } finally {
      this.depth--;
    }
  }

  private resolveInner(n: CfnNode): Resolved {
    switch (n.t) {
      case 'scalar':
      case 'unknown':
        return n;
      case 'list': {
        const items: CfnNode[] = [];
        for (const i of n.items) {
          const r = this.resolve(i);
          if (r !== NO_VALUE) items.push(r);
        }
        return { t: 'list', items, range: n.range };
      }
      case 'map': {
        if (n.entries.size === 1) {
          const [key, arg] = n.entries.entries().next().value as [string, CfnNode];
          if (key === 'Ref' || key.startsWith('Fn::')) {
            const r = this.intrinsic(key, arg, n.range);
            return r === NO_VALUE ? r : withRange(r, n.range);
          }
        }
        const entries = new Map<string, CfnNode>();
        for (const [k, v] of n.entries) {
          const r = this.resolve(v);
          if (r !== NO_VALUE) entries.set(k, r);
        }
        return { t: 'map', entries, range: n.range };
      }
    }
  }

  /** Resolves, turning AWS::NoValue into an unknown (for places where removal makes no sense). */
  private value(n: CfnNode): CfnNode {
    const r = this.resolve(n);
    return r === NO_VALUE ? unknown('AWS::NoValue used where a value is required', n.range) : r;
  }

  private intrinsic(fn: string, arg: CfnNode, range: SrcRange): Resolved {
    switch (fn) {
      case 'Ref':
        return this.ref(scalarString(this.value(arg)), range);
      case 'Fn::GetAtt':
        return this.getAtt(arg, range);
      case 'Fn::Sub':
        return this.sub(arg, range);
      case 'Fn::If':
        return this.fnIf(arg, range);
      case 'Fn::Join':
        return this.join(arg, range);
      case 'Fn::Select':
        return this.select(arg, range);
      case 'Fn::Split': {
        const [d, s] = this.args(arg, 2);
        if (!d || !s) return unknown('Fn::Split needs [delimiter, string]', range);
        if (s.t === 'unknown') return s;
        const delim = scalarString(d), str = scalarString(s);
        if (delim === undefined || str === undefined) return unknown('Fn::Split needs [delimiter, string]', range);
        return list(str.split(delim), range);
      }
      case 'Fn::FindInMap':
        return this.findInMap(arg, range);
      case 'Fn::Base64': {
        const v = this.value(arg);
        if (v.t === 'unknown') return unknown(v.reason, range);
        const s = scalarString(v);
        return s === undefined ? unknown('Fn::Base64 needs a string', range) : { t: 'scalar', value: Buffer.from(s, 'utf8').toString('base64'), range };
      }
      case 'Fn::GetAZs':
        return unknown('Fn::GetAZs lists availability zones only at deploy', range);
      case 'Fn::ImportValue':
        return unknown(`Fn::ImportValue ${scalarString(this.value(arg)) ?? ''} comes from another stack`.replace('  ', ' '), range);
      case 'Fn::Transform':
        return unknown('Fn::Transform runs a macro at deploy', range);
      case 'Fn::Cidr': {
        const [block, count, bits] = this.args(arg, 3).map((a) => (a?.t === 'scalar' ? a.value : undefined));
        const out = cidrSubnets(String(block), Number(count), Number(bits));
        return typeof out === 'string' ? unknown(`Fn::Cidr: ${out}`, range) : list(out, range);
      }
      case 'Fn::Length': {
        const v = this.value(arg);
        return v.t === 'list' ? { t: 'scalar', value: v.items.length, range } : v.t === 'unknown' ? v : unknown('Fn::Length needs a list', range);
      }
      case 'Fn::ToJsonString': {
        const s = toJsonString(this.value(arg));
        return typeof s === 'string' ? { t: 'scalar', value: s, range } : unknown(s.unknown, range);
      }
      case 'Fn::Equals':
      case 'Fn::And':
      case 'Fn::Or':
      case 'Fn::Not':
      case 'Fn::Condition': {
        const c = this.conditionExpr({ t: 'map', entries: new Map([[fn, arg]]), range });
        return typeof c === 'boolean' ? { t: 'scalar', value: c, range } : unknown(c.unknown, range);
      }
      default:
        return unknown(`${fn} is not supported`, range);
    }
  }

  /** The resolved items of a list argument, padded to `n`. */
  private args(arg: CfnNode, n: number): (CfnNode | undefined)[] {
    const v = this.value(arg);
    const items = v.t === 'list' ? v.items : [];
    return Array.from({ length: Math.max(n, items.length) }, (_, i) => items[i]);
  }

  /** `Ref name`: a parameter, a pseudo parameter or a resource. */
  ref(name: string | undefined, range: SrcRange): Resolved {
    if (name === undefined) return unknown('Ref needs a name', range);
    if (name === 'AWS::NoValue') return NO_VALUE;
    const param = this.template.parameters.get(name);
    if (param !== undefined) return this.parameter(name, param, range);
    if (this.resourceIds.has(name)) return unknown(`Ref ${name} is known only after deploy`, range, { logicalId: name }, `\${${name}}`);
    switch (name) {
      case 'AWS::Partition':
        return { t: 'scalar', value: 'aws', range };
      case 'AWS::URLSuffix':
        return { t: 'scalar', value: 'amazonaws.com', range };
      case 'AWS::Region':
        return this.opts.region !== undefined ? { t: 'scalar', value: this.opts.region, range } : unknown('AWS::Region is known only at deploy (no region given)', range, undefined, '${AWS::Region}');
      case 'AWS::AccountId':
        return this.opts.accountId !== undefined ? { t: 'scalar', value: this.opts.accountId, range } : unknown('AWS::AccountId is known only at deploy (no account given)', range, undefined, '${AWS::AccountId}');
      case 'AWS::StackName':
      case 'AWS::StackId':
        return unknown(`${name} is known only at deploy`, range, undefined, `\${${name}}`);
      case 'AWS::NotificationARNs':
        return unknown('AWS::NotificationARNs is known only at deploy', range);
      default:
        return unknown(`Ref ${name}: no parameter or resource has this name`, range);
    }
  }

  private parameter(name: string, decl: CfnNode, range: SrcRange): CfnNode {
    const type = scalarString(child(decl, 'Type')) ?? 'String';
    // The Default (or a given value) of an SSM parameter type is the name of the SSM parameter, not its value.
    if (type.startsWith('AWS::SSM::Parameter::Value<')) return unknown(`parameter ${name} is read from SSM Parameter Store at deploy`, range);
    const given = this.opts.parameters?.[name];
    const def = child(decl, 'Default');
    let text: string | undefined = given;
    if (text === undefined && def !== undefined) {
      if (def.t === 'list') return { ...def, range };
      text = scalarString(def);
    }
    if (text === undefined) return unknown(`parameter ${name} has no value`, range);
    if (type === 'CommaDelimitedList' || type.startsWith('List<')) return list(text === '' ? [] : text.split(',').map((s) => s.trim()), range);
    return { t: 'scalar', value: text, range };
  }

  private getAtt(arg: CfnNode, range: SrcRange): CfnNode {
    const v = this.value(arg);
    let id: string | undefined, attr: string | undefined;
    if (v.t === 'list') [id, attr] = [scalarString(v.items[0]), scalarString(v.items[1])];
    else if (v.t === 'scalar' && typeof v.value === 'string' && v.value.includes('.')) [id, attr] = [v.value.slice(0, v.value.indexOf('.')), v.value.slice(v.value.indexOf('.') + 1)];
    if (id === undefined || attr === undefined) return unknown('Fn::GetAtt needs [LogicalId, Attribute]', range);
    if (!this.resourceIds.has(id)) return unknown(`Fn::GetAtt ${id}.${attr}: no resource has this logical id`, range);
    return unknown(`Fn::GetAtt ${id}.${attr} is known only after deploy`, range, { logicalId: id, attribute: attr }, `\${${id}.${attr}}`);
  }

  private sub(arg: CfnNode, range: SrcRange): CfnNode {
    let textNode: CfnNode | undefined = arg;
    let vars: CfnNode | undefined;
    if (arg.t === 'list') [textNode, vars] = [arg.items[0], arg.items[1]];
    const text = textNode?.t === 'scalar' ? scalarString(textNode) : undefined;
    if (text === undefined) return unknown('Fn::Sub needs a string', range);
    const lookup = (name: string): SubPart => {
      const local = child(vars, name);
      const r = local !== undefined ? this.value(local) : name.includes('.') && !name.startsWith('AWS::') ? this.getAtt({ t: 'scalar', value: name, range }, range) : this.ref(name, range);
      if (r === NO_VALUE) return { unknown: unknown(`\${${name}} is AWS::NoValue`, range) };
      if (r.t === 'scalar') return { text: r.value === null ? '' : String(r.value) };
      if (r.t === 'unknown') return { unknown: r };
      return { unknown: unknown(`\${${name}} is not a string`, range) };
    };
    const out = substitute(text, lookup);
    if (typeof out === 'string') return { t: 'scalar', value: out, range };
    return unknown(out.reason, range, out.ref, out.placeholder);
  }

  private fnIf(arg: CfnNode, range: SrcRange): Resolved {
    if (arg.t !== 'list' || arg.items.length !== 3) return unknown('Fn::If needs [condition, valueIfTrue, valueIfFalse]', range);
    const name = scalarString(arg.items[0]);
    if (name === undefined) return unknown('Fn::If needs a condition name', range);
    const c = this.condition(name);
    if (typeof c !== 'boolean') return unknown(`Fn::If: ${c.unknown}`, range);
    return this.resolve(c ? arg.items[1]! : arg.items[2]!);
  }

  private join(arg: CfnNode, range: SrcRange): CfnNode {
    const [d, l] = this.args(arg, 2);
    const delim = scalarString(d) ?? (d?.t === 'scalar' && d.value === null ? '' : undefined);
    if (delim === undefined || !l) return unknown('Fn::Join needs [delimiter, list]', range);
    if (l.t === 'unknown') return l;
    if (l.t !== 'list') return unknown('Fn::Join needs a list', range);
    const parts: SubPart[] = l.items.map((i) => (i.t === 'unknown' ? { unknown: i } : i.t === 'scalar' ? { text: i.value === null ? '' : String(i.value) } : { unknown: unknown('Fn::Join item is not a string', i.range) }));
    const bad = parts.find((p): p is { unknown: CfnUnknown } => 'unknown' in p);
    if (!bad) return { t: 'scalar', value: parts.map((p) => ('text' in p ? p.text : '')).join(delim), range };
    const all = parts.every((p) => 'text' in p || p.unknown.placeholder !== undefined);
    const placeholder = all ? parts.map((p) => ('text' in p ? p.text : p.unknown.placeholder)).join(delim) : undefined;
    return unknown(bad.unknown.reason, range, undefined, placeholder);
  }

  private select(arg: CfnNode, range: SrcRange): CfnNode {
    const [i, l] = this.args(arg, 2);
    if (i?.t === 'unknown') return i;
    if (l?.t === 'unknown') return unknown(l.reason, range);
    const index = Number(scalarString(i));
    if (!Number.isInteger(index) || l?.t !== 'list') return unknown('Fn::Select needs [index, list]', range);
    const item = l.items[index];
    return item ?? unknown(`Fn::Select index ${index} is out of range`, range);
  }

  private findInMap(arg: CfnNode, range: SrcRange): CfnNode {
    const args = this.args(arg, 3);
    const bad = args.slice(0, 3).find((a) => a?.t === 'unknown');
    if (bad) return bad;
    const [m, k1, k2] = args.slice(0, 3).map(scalarString);
    const found = child(child(child(this.template.mappings, m ?? ''), k1 ?? ''), k2 ?? '');
    if (found !== undefined) return this.value(found);
    const fallback = child(args[3], 'DefaultValue');
    if (fallback !== undefined) return fallback;
    return unknown(`Fn::FindInMap: mapping ${m}.${k1}.${k2} not found`, range);
  }

  /** Evaluates a named condition (memoized; a cycle is unknown, not a stack overflow). */
  condition(name: string): ConditionValue {
    const cached = this.conditionCache.get(name);
    if (cached !== undefined) return cached;
    const expr = this.template.conditions.get(name);
    if (expr === undefined) return { unknown: `condition ${name} is not defined` };
    if (this.evaluating.has(name)) return { unknown: `condition ${name} refers to itself` };
    this.evaluating.add(name);
    const v = this.conditionExpr(expr);
    this.evaluating.delete(name);
    const out = typeof v === 'boolean' ? v : { unknown: v.unknown.startsWith(`condition ${name}`) ? v.unknown : `condition ${name} is unresolvable: ${v.unknown}` };
    this.conditionCache.set(name, out);
    return out;
  }

  private conditionExpr(expr: CfnNode): ConditionValue {
    if (expr.t === 'scalar' && typeof expr.value === 'boolean') return expr.value;
    if (expr.t !== 'map' || expr.entries.size !== 1) return { unknown: 'a condition must be Fn::Equals, Fn::And, Fn::Or, Fn::Not or Condition' };
    const [fn, arg] = expr.entries.entries().next().value as [string, CfnNode];
    const items = arg.t === 'list' ? arg.items : [];
    switch (fn) {
      case 'Condition':
      case 'Fn::Condition':
        return this.condition(scalarString(arg) ?? '');
      case 'Fn::Equals': {
        if (items.length !== 2) return { unknown: 'Fn::Equals needs two values' };
        const [a, b] = items.map((i) => this.value(i)) as [CfnNode, CfnNode];
        const u = [a, b].find((x): x is CfnUnknown => x.t === 'unknown');
        if (u) return { unknown: u.reason };
        return canonical(a) === canonical(b);
      }
      case 'Fn::Not': {
        if (items.length !== 1) return { unknown: 'Fn::Not needs one condition' };
        const v = this.conditionExpr(items[0]!);
        return typeof v === 'boolean' ? !v : v;
      }
      case 'Fn::And':
      case 'Fn::Or': {
        const vals = items.map((i) => this.conditionExpr(i));
        const decisive = fn === 'Fn::And' ? false : true;
        if (vals.some((v) => v === decisive)) return decisive;
        const u = vals.find((v): v is { unknown: string } => typeof v !== 'boolean');
        return u ?? !decisive;
      }
      default:
        return { unknown: `${fn} is not a condition function` };
    }
  }
}

function canonical(n: CfnNode): string {
  if (n.t === 'scalar') return n.value === null ? '' : String(n.value);
  if (n.t === 'list') return JSON.stringify(n.items.map(canonical));
  if (n.t === 'map') return JSON.stringify([...n.entries].map(([k, v]) => [k, canonical(v)]));
  return '';
}

function list(values: readonly string[], range: SrcRange): CfnNode {
  return { t: 'list', items: values.map((value) => ({ t: 'scalar', value, range })), range };
}

/** An unknown node; `ref` and `placeholder` only when given. */
export function unknown(reason: string, range: SrcRange, ref?: CfnRef, placeholder?: string): CfnUnknown {
  return { t: 'unknown', reason, range, ...(ref ? { ref } : {}), ...(placeholder !== undefined ? { placeholder } : {}) };
}
