/**
 * Condition operators, compiled once per policy (issue 5). Semantics as AWS documents them
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html and
 * reference_policies_condition-single-vs-multi-valued-context-keys.html):
 *
 * - several values for one key are OR'ed; several keys and several operators in a block are AND'ed;
 *   keys are case-insensitive, values case-sensitive except the IgnoreCase operators;
 * - a negated operator (StringNotEquals, NotIpAddress, ArnNotLike...) holds when the request value matches
 *   none of the policy values;
 * - a missing key: positive operators are false, negated operators true, `...IfExists` true;
 *   `Null: true` holds exactly when the key is missing;
 * - `ForAnyValue:` holds when some request value satisfies the operator (false when the key is missing or
 *   empty); `ForAllValues:` when every request value does (true when missing or empty);
 * - a plain operator against a key the request supplies as a list does not match: sets need a set operator.
 * Policy variables in String and Arn values are resolved per request, as literal text; a value naming a
 * variable the request lacks matches nothing, and under a negated operator it makes the condition fail.
 */
import { cidrContains, parseAddress, parseCidr, type Cidr } from './ip.js';
import type { RequestContext } from './request-context.js';
import { compilePattern, type CompiledPattern } from './wildcard.js';

export interface CompiledCondition {
  /** As written: `ForAnyValue:StringLikeIfExists`. */
  readonly operator: string;
  readonly key: string;
  /** `condition:<operator> <key>`, the explanation when this condition fails (made once, not per request). */
  readonly because: string;
  test(ctx: RequestContext): boolean;
}

/** Whether one request value matches any of the policy values (before negation). */
type ValueTest = (value: string, ctx: RequestContext) => boolean;

interface BaseOperator {
  readonly negated: boolean;
  compile(values: readonly string[]): ValueTest;
  /**
   * For operators that take policy variables: whether every policy value resolves in this request. AWS: a
   * condition whose value names a variable the request lacks does not match, negated operators included
   * (reference_policies_variables.html, "policy variables with no value").
   */
  resolvable?(values: readonly string[]): (ctx: RequestContext) => boolean;
}

function compiledPatterns(values: readonly string[], literal: boolean, caseInsensitive: boolean, arnSegments: boolean): CompiledPattern[] {
  return values.map((v) => compilePattern(v, { literal, caseInsensitive, arnSegments, variables: true }));
}

function patterns(values: readonly string[], literal: boolean, caseInsensitive: boolean, arnSegments = false): ValueTest {
  const compiled = compiledPatterns(values, literal, caseInsensitive, arnSegments);
  return (value, ctx) => {
    for (let i = 0; i < compiled.length; i++) if (compiled[i]!.matches(value, ctx)) return true;
    return false;
  };
}

function allResolvable(values: readonly string[]): (ctx: RequestContext) => boolean {
  const compiled = compiledPatterns(values, false, false, false).filter((p) => p.hasVariables);
  return (ctx) => {
    for (let i = 0; i < compiled.length; i++) if (!compiled[i]!.resolvable(ctx)) return false;
    return true;
  };
}

/** A string or ARN operator: takes policy variables. */
function withVariables(negated: boolean, compile: (values: readonly string[]) => ValueTest): BaseOperator {
  return { negated, compile, resolvable: allResolvable };
}

function numeric(s: string): number | undefined {
  const t = s.trim();
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t)) return undefined;
  return Number(t);
}

/** ISO 8601 dates and times, or epoch seconds. */
function parseDate(s: string): number | undefined {
  const t = s.trim();
  if (/^\d+$/.test(t)) return Number(t) * 1000;
  if (!/^\d{4}-\d{2}-\d{2}/.test(t)) return undefined;
  // A time without an offset is UTC, not the machine's local time (JavaScript's reading).
  const ms = Date.parse(/T[\d:.]+$/.test(t) ? `${t}Z` : t);
  return Number.isNaN(ms) ? undefined : ms;
}

/**
 * Requests carry the same few times and addresses over and over (aws:CurrentTime, aws:SourceIp), and parsing
 * them is the dearest part of a condition: remember the last few thousand.
 */
function memo<T>(parse: (s: string) => T): (s: string) => T {
  const seen = new Map<string, T>();
  return (s) => {
    if (seen.has(s)) return seen.get(s)!;
    const v = parse(s);
    if (seen.size >= 4096) seen.clear();
    seen.set(s, v);
    return v;
  };
}

const date = memo(parseDate);
const address = memo(parseAddress);

function comparison(parse: (s: string) => number | undefined, holds: (request: number, policy: number) => boolean): (values: readonly string[]) => ValueTest {
  return (values) => {
    const policy = values.map(parse).filter((n): n is number => n !== undefined);
    return (value) => {
      const request = parse(value);
      if (request === undefined) return false;
      for (let i = 0; i < policy.length; i++) if (holds(request, policy[i]!)) return true;
      return false;
    };
  };
}

function ipTest(values: readonly string[]): ValueTest {
  const cidrs = values.map(parseCidr).filter((c): c is Cidr => c !== undefined);
  return (value) => {
    const a = address(value);
    if (a === undefined) return false;
    for (let i = 0; i < cidrs.length; i++) if (cidrContains(cidrs[i]!, a)) return true;
    return false;
  };
}

const compareOps = (parse: (s: string) => number | undefined): Record<string, BaseOperator> => ({
  equals: { negated: false, compile: comparison(parse, (r, p) => r === p) },
  notequals: { negated: true, compile: comparison(parse, (r, p) => r === p) },
  lessthan: { negated: false, compile: comparison(parse, (r, p) => r < p) },
  lessthanequals: { negated: false, compile: comparison(parse, (r, p) => r <= p) },
  greaterthan: { negated: false, compile: comparison(parse, (r, p) => r > p) },
  greaterthanequals: { negated: false, compile: comparison(parse, (r, p) => r >= p) },
});

const BASE_OPERATORS: Record<string, BaseOperator> = {
  stringequals: withVariables(false, (v) => patterns(v, true, false)),
  stringnotequals: withVariables(true, (v) => patterns(v, true, false)),
  stringequalsignorecase: withVariables(false, (v) => patterns(v, true, true)),
  stringnotequalsignorecase: withVariables(true, (v) => patterns(v, true, true)),
  stringlike: withVariables(false, (v) => patterns(v, false, false)),
  stringnotlike: withVariables(true, (v) => patterns(v, false, false)),
  ...Object.fromEntries(Object.entries(compareOps(numeric)).map(([k, op]) => [`numeric${k}`, op])),
  ...Object.fromEntries(Object.entries(compareOps(date)).map(([k, op]) => [`date${k}`, op])),
  bool: { negated: false, compile: (v) => { const want = new Set(v.map((x) => x.toLowerCase())); return (value) => want.has(value.toLowerCase()); } },
  binaryequals: { negated: false, compile: (v) => { const want = new Set(v); return (value) => want.has(value); } },
  ipaddress: { negated: false, compile: ipTest },
  notipaddress: { negated: true, compile: ipTest },
  arnequals: withVariables(false, (v) => patterns(v, false, false, true)),
  arnlike: withVariables(false, (v) => patterns(v, false, false, true)),
  arnnotequals: withVariables(true, (v) => patterns(v, false, false, true)),
  arnnotlike: withVariables(true, (v) => patterns(v, false, false, true)),
};

/** Policy values as strings: JSON numbers and booleans are written unquoted in many policies. */
function policyValues(raw: unknown): string[] {
  const list = Array.isArray(raw) ? raw : [raw];
  return list.filter((v) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean').map(String);
}

export type ConditionCompileResult = { ok: true; condition: CompiledCondition } | { ok: false; error: string };

export function compileCondition(operator: string, key: string, raw: unknown): ConditionCompileResult {
  const values = policyValues(raw);
  const lowerKey = key.toLowerCase();
  let name = operator.toLowerCase();
  let set: 'any' | 'all' | undefined;
  if (name.startsWith('foranyvalue:')) [set, name] = ['any', name.slice('foranyvalue:'.length)];
  else if (name.startsWith('forallvalues:')) [set, name] = ['all', name.slice('forallvalues:'.length)];
  const ifExists = name.endsWith('ifexists');
  if (ifExists) name = name.slice(0, -'ifexists'.length);

  if (name === 'null') {
    const wants = new Set(values.map((v) => v.toLowerCase()));
    const test = (ctx: RequestContext) => wants.has(ctx.get(lowerKey) === undefined ? 'true' : 'false');
    return { ok: true, condition: { operator, key, because: `condition:${operator} ${key}`, test } };
  }
  const base = BASE_OPERATORS[name];
  if (!base) return { ok: false, error: `unknown condition operator ${operator}` };
  const matchesAny = base.compile(values);
  const resolvable = base.negated && base.resolvable ? base.resolvable(values) : undefined;
  // An unresolvable variable never matches; under a negated operator it makes the condition fail too.
  const holds = base.negated ? (v: string, ctx: RequestContext) => !matchesAny(v, ctx) && (!resolvable || resolvable(ctx)) : matchesAny;

  const test = (ctx: RequestContext): boolean => {
    const present = ctx.get(lowerKey);
    if (set === 'any') {
      if (present === undefined) return ifExists;
      for (let i = 0; i < present.values.length; i++) if (holds(present.values[i]!, ctx)) return true;
      return false;
    }
    if (set === 'all') {
      if (present === undefined) return true;
      for (let i = 0; i < present.values.length; i++) if (!holds(present.values[i]!, ctx)) return false;
      return true;
    }
    if (present === undefined) return ifExists || base.negated;
    if (present.list) return false;
    const only = present.values[0];
    return only !== undefined && holds(only, ctx);
  };
  return { ok: true, condition: { operator, key, because: `condition:${operator} ${key}`, test } };
}

/** Every operator/key pair of a Condition block; an unknown operator makes the block fail to compile. */
export function compileConditionBlock(block: { readonly [operator: string]: { readonly [key: string]: unknown } }): { conditions: CompiledCondition[]; errors: string[] } {
  const conditions: CompiledCondition[] = [];
  const errors: string[] = [];
  for (const [operator, keys] of Object.entries(block)) {
    if (keys === null || typeof keys !== 'object') {
      errors.push(`condition ${operator} is not an object`);
      continue;
    }
    for (const [key, raw] of Object.entries(keys)) {
      const r = compileCondition(operator, key, raw);
      if (r.ok) conditions.push(r.condition);
      else errors.push(r.error);
    }
  }
  return { conditions, errors };
}
