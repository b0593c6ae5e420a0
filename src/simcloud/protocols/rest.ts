/**
 * REST route matching (restXml, restJson1): `{Label}` matches one path segment, `{Label+}` the rest of the
 * path; a template may end with `?flag` or `?key=value` conditions on the query string (S3 sub-resources such
 * as `/{Bucket}?acl`, `/{Bucket}?list-type=2`). The most specific matching route wins: literal segments
 * first, then query conditions, then single labels over greedy ones.
 */
import type { RestRoute } from '../service.js';

interface Compiled<T> {
  readonly route: RestRoute;
  readonly owner: T;
  readonly segments: readonly { readonly kind: 'literal' | 'label' | 'greedy'; readonly text: string }[];
  readonly query: readonly { readonly key: string; readonly value?: string }[];
  readonly score: number;
}

/** The result of a match: the route, who declared it, and its decoded path labels. */
export interface RouteMatch<T> {
  readonly route: RestRoute;
  readonly owner: T;
  readonly params: Record<string, string>;
}

function compile<T>(route: RestRoute, owner: T): Compiled<T> {
  const [pathPart = '', queryPart] = route.path.split('?', 2);
  const segments = pathPart
    .split('/')
    .filter((s) => s !== '')
    .map((s) => {
      const m = /^\{([^}]+?)(\+)?\}$/.exec(s);
      if (!m) return { kind: 'literal' as const, text: s };
      return { kind: m[2] ? ('greedy' as const) : ('label' as const), text: m[1]! };
    });
  const query = (queryPart ?? '')
    .split('&')
    .filter(Boolean)
    .map((q) => {
      const eq = q.indexOf('=');
      return eq < 0 ? { key: q } : { key: q.slice(0, eq), value: q.slice(eq + 1) };
    });
  const literal = segments.filter((s) => s.kind === 'literal').length;
  const labels = segments.filter((s) => s.kind === 'label').length;
  return { route, owner, segments, query, score: literal * 1000 + query.length * 100 + labels * 10 + segments.length };
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** A compiled route table over routes from one or more service definitions. */
export class RouteTable<T> {
  private readonly routes: Compiled<T>[] = [];

  add(routes: readonly RestRoute[], owner: T): void {
    for (const r of routes) this.routes.push(compile(r, owner));
    this.routes.sort((a, b) => b.score - a.score);
  }

  /** Finds the best route for a request; `rawPath` is the URL path as sent (still percent-encoded). */
  match(method: string, rawPath: string, query: Readonly<Record<string, string>>): RouteMatch<T> | undefined {
    const parts = rawPath.split('/');
    if (parts[0] === '') parts.shift();
    if (parts.length > 0 && parts[parts.length - 1] === '') parts.pop();
    for (const c of this.routes) {
      if (c.route.method !== method) continue;
      if (!c.query.every((q) => q.key in query && (q.value === undefined || query[q.key] === q.value))) continue;
      const params = matchSegments(c.segments, parts);
      if (params) return { route: c.route, owner: c.owner, params };
    }
    return undefined;
  }

  /** How many routes the table holds. */
  get size(): number {
    return this.routes.length;
  }
}

function matchSegments(segments: Compiled<unknown>['segments'], parts: readonly string[]): Record<string, string> | undefined {
  const params: Record<string, string> = {};
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i]!;
    if (s.kind === 'greedy') {
      const rest = parts.slice(i);
      if (rest.length === 0) return undefined;
      params[s.text] = rest.map(safeDecode).join('/');
      return i === segments.length - 1 ? params : undefined;
    }
    const p = parts[i];
    if (p === undefined) return undefined;
    if (s.kind === 'literal') {
      if (safeDecode(p) !== s.text) return undefined;
    } else params[s.text] = safeDecode(p);
  }
  return parts.length === segments.length ? params : undefined;
}
