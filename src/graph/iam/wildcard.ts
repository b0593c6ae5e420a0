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

/** Bounded cache of regexes built from resolved variable patterns: the same few users repeat. */
const resolvedCache = new Map<string, RegExp>();

export function compilePattern(pattern: string, options: PatternOptions = {}): CompiledPattern {
  const flags = options.caseInsensitive ? 'is' : 's';
  const always = () => true;
  if (!options.literal && pattern === '*') return { source: pattern, hasVariables: false, matches: always, resolvable: always };
  const pieces = parsePieces(pattern, options);
  const hasVariables = pieces.some((p) => p.kind === 'var');
  if (!hasVariables) {
    const plain = !/[*?]/.test(pattern) || options.literal === true;
    const unescaped = options.variables ? pattern.replace(/\$\{([*?$])\}/g, '$1') : pattern;
    if (plain) {
      const want = options.caseInsensitive ? unescaped.toLowerCase() : unescaped;
      return {
        source: pattern,
        hasVariables,
        matches: options.caseInsensitive ? (v) => v.toLowerCase() === want : (v) => v === want,
        resolvable: always,
      };
    }
    // The commonest shape, `arn:aws:s3:::bucket/*`: a literal prefix and one trailing `*` that may cross colons.
    const prefix = unescaped.slice(0, -1);
    if (unescaped === pattern && pattern.endsWith('*') && !/[*?]/.test(prefix) && (!options.arnSegments || prefix.split(':').length > 5)) {
      const want = options.caseInsensitive ? prefix.toLowerCase() : prefix;
      const matches = options.caseInsensitive ? (v: string) => v.toLowerCase().startsWith(want) : (v: string) => v.startsWith(want);
      return { source: pattern, hasVariables, matches, resolvable: always };
    }
    const re = new RegExp('^' + pieces.map((p) => (p.kind === 'regex' ? p.text : '')).join('') + '$', flags);
    return { source: pattern, hasVariables, matches: (v) => re.test(v), resolvable: always };
  }
  return {
    source: pattern,
    hasVariables,
    resolvable: (lookup) => pieces.every((p) => p.kind === 'regex' || lookup?.variable(p.key) !== undefined || p.fallback !== undefined),
    matches(value, lookup) {
      let src = '^';
      for (const p of pieces) {
        if (p.kind === 'regex') src += p.text;
        else {
          const resolved = lookup?.variable(p.key) ?? p.fallback;
          // A variable whose key the request lacks makes the pattern match nothing.
          if (resolved === undefined) return false;
          src += escapeRegex(resolved);
        }
      }
      src += '$';
      const key = flags + src;
      let re = resolvedCache.get(key);
      if (!re) {
        re = new RegExp(src, flags);
        if (resolvedCache.size > 10_000) resolvedCache.clear();
        resolvedCache.set(key, re);
      }
      return re.test(value);
    },
  };
}
