/**
 * IAM wildcard patterns compiled once: `*` (any run) and `?` (one character), optionally ARN-segment aware
 * (in the first five `:`-separated ARN segments a wildcard never crosses a colon, as AWS matches ARNs), with
 * policy variables (`${aws:username}`, `${aws:PrincipalTag/team}`, `${key, 'default'}`) left as slots that
 * are filled per request. Substituted values are literal text: a `*` in a user name is not a wildcard.
 * `${*}`, `${?}` and `${$}` are the documented escapes for a literal `*`, `?` and `$`.
 */

/** Resolves a policy variable (`aws:username`) for one request; undefined when the key is absent. */
export interface VariableLookup {
  variable(key: string): string | undefined;
}

export interface CompiledPattern {
  /** The pattern as written, for explanations. */
  readonly source: string;
  /** Whether the pattern holds policy variables (then a lookup is needed). */
  readonly hasVariables: boolean;
  matches(value: string, lookup?: VariableLookup): boolean;
  /** Whether every variable of the pattern has a value in this request (true when it has none). */
  resolvable(lookup?: VariableLookup): boolean;
}

export interface PatternOptions {
  readonly caseInsensitive?: boolean;
  /** Keep wildcards inside the first five ARN segments. */
  readonly arnSegments?: boolean;
  /** Treat `*` and `?` as literal characters (StringEquals with variables). */
  readonly literal?: boolean;
  /** Recognise `${...}` policy variables (policy Version 2012-10-17). */
  readonly variables?: boolean;
}

type Piece = { readonly kind: 'regex'; readonly text: string } | { readonly kind: 'var'; readonly key: string; readonly fallback?: string };

const VARIABLE = /\$\{([^}]*)\}/g;
const ESCAPES: Record<string, string> = { '*': '*', '?': '?', $: '$' };

const SPECIAL = new Set(['.', '*', '+', '?', '^', '$', '{', '}', '(', ')', '|', '[', ']', '\\', '/']);

function escapeRegex(s: string): string {
  let out = '';
  for (const ch of s) out += SPECIAL.has(ch) ? '\\' + ch : ch;
  return out;
}

/** Regex source for a run of literal-or-wildcard text, tracking which ARN segment we are in. */
function wildcardSource(text: string, state: { colons: number }, o: PatternOptions): string {
  let out = '';
  for (const ch of text) {
    if (ch === ':') state.colons++;
    const inSegment = o.arnSegments === true && state.colons < 5;
    if (!o.literal && ch === '*') out += inSegment ? '[^:]*' : '.*';
    else if (!o.literal && ch === '?') out += inSegment ? '[^:]' : '.';
    else out += SPECIAL.has(ch) ? '\\' + ch : ch;
  }
  return out;
}

function parsePieces(pattern: string, o: PatternOptions): Piece[] {
  const pieces: Piece[] = [];
  const state = { colons: 0 };
  let last = 0;
  if (o.variables) {
    for (const m of pattern.matchAll(VARIABLE)) {
      pieces.push({ kind: 'regex', text: wildcardSource(pattern.slice(last, m.index), state, o) });
      const inner = (m[1] ?? '').trim();
      const escape = ESCAPES[inner];
      if (escape !== undefined) pieces.push({ kind: 'regex', text: escapeRegex(escape) });
      else {
        const withDefault = /^([^,]+),\s*'([^']*)'$/.exec(inner);
        pieces.push(withDefault ? { kind: 'var', key: withDefault[1]!.trim(), fallback: withDefault[2] } : { kind: 'var', key: inner });
      }
      last = m.index + m[0].length;
    }
  }
  pieces.push({ kind: 'regex', text: wildcardSource(pattern.slice(last), state, o) });
  return pieces;
}

/** How a pattern matches; the common shapes are plain string comparisons, not regexes. */
type Shape = 'any' | 'exact' | 'exact-ci' | 'prefix' | 'prefix-ci' | 'regex' | 'variables';

/**
 * One class for every shape, so that the call sites in the hot path (a statement's resources, a condition's
 * values) see one object shape and one method, which the JIT inlines, instead of a closure per shape.
 */
class Pattern implements CompiledPattern {
  readonly hasVariables: boolean;
  /** For `variables`: regexes by the request's variable values (bounded). */
  private resolved: Map<string, RegExp> | undefined = undefined;

  constructor(
    readonly source: string,
    private readonly shape: Shape,
    /** The literal or prefix, lower-cased for the `-ci` shapes; the regex flags for `variables`. */
    private readonly text: string,
    private readonly re: RegExp | undefined,
    private readonly pieces: readonly Piece[] | undefined,
  ) {
    this.hasVariables = shape === 'variables';
  }

  matches(value: string, lookup?: VariableLookup): boolean {
    switch (this.shape) {
      case 'any': return true;
      case 'exact': return value === this.text;
      case 'exact-ci': return value.toLowerCase() === this.text;
      case 'prefix': return value.startsWith(this.text);
      case 'prefix-ci': return value.toLowerCase().startsWith(this.text);
      case 'regex': return this.re!.test(value);
      case 'variables': return this.matchesResolved(value, lookup);
    }
  }

  resolvable(lookup?: VariableLookup): boolean {
    if (this.pieces === undefined) return true;
    return this.pieces.every((p) => p.kind === 'regex' || lookup?.variable(p.key) !== undefined || p.fallback !== undefined);
  }

  /**
   * The regex for this request's variable values, kept per pattern by those values (the same few users and
   * tags repeat), so that a request whose values were seen before builds no string.
   */
  private matchesResolved(value: string, lookup: VariableLookup | undefined): boolean {
    const pieces = this.pieces!;
    let key: string | undefined;
    for (let i = 0; i < pieces.length; i++) {
      const p = pieces[i]!;
      if (p.kind === 'regex') continue;
      const resolved = lookup?.variable(p.key) ?? p.fallback;
      // A variable whose key the request lacks makes the pattern match nothing.
      if (resolved === undefined) return false;
      // Length-prefixed, so that no two lists of values (whatever characters they hold) make the same key.
      key = `${key ?? ''}${resolved.length}:${resolved}`;
    }
    let re = this.resolved?.get(key!);
    if (!re) {
      let src = '^';
      for (const p of pieces) src += p.kind === 'regex' ? p.text : escapeRegex((lookup?.variable(p.key) ?? p.fallback)!);
      re = new RegExp(src + '$', this.text);
      this.resolved ??= new Map();
      if (this.resolved.size >= 256) this.resolved.clear();
      this.resolved.set(key!, re);
    }
    return re.test(value);
  }
}

export function compilePattern(pattern: string, options: PatternOptions = {}): CompiledPattern {
  const flags = options.caseInsensitive ? 'is' : 's';
  const ci = options.caseInsensitive === true;
  if (!options.literal && pattern === '*') return new Pattern(pattern, 'any', '', undefined, undefined);
  const pieces = parsePieces(pattern, options);
  if (pieces.some((p) => p.kind === 'var')) return new Pattern(pattern, 'variables', flags, undefined, pieces);
  const plain = !/[*?]/.test(pattern) || options.literal === true;
  const unescaped = options.variables ? pattern.replace(/\$\{([*?$])\}/g, '$1') : pattern;
  if (plain) return new Pattern(pattern, ci ? 'exact-ci' : 'exact', ci ? unescaped.toLowerCase() : unescaped, undefined, undefined);
  // The commonest shape, `arn:aws:s3:::bucket/*`: a literal prefix and one trailing `*` that may cross colons.
  const prefix = unescaped.slice(0, -1);
  if (unescaped === pattern && pattern.endsWith('*') && !/[*?]/.test(prefix) && (!options.arnSegments || prefix.split(':').length > 5)) {
    return new Pattern(pattern, ci ? 'prefix-ci' : 'prefix', ci ? prefix.toLowerCase() : prefix, undefined, undefined);
  }
  const re = new RegExp('^' + pieces.map((p) => (p.kind === 'regex' ? p.text : '')).join('') + '$', flags);
  return new Pattern(pattern, 'regex', '', re, undefined);
}
