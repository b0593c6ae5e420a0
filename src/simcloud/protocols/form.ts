/**
 * Decoding of the query protocols' form parameters (awsQuery, ec2Query) into plain objects.
 *
 * `Tags.member.1.Key=a&Tags.member.1.Value=b` → `{ Tags: [{ Key: 'a', Value: 'b' }] }`,
 * `Filter.1.Name=vpc-id&Filter.1.Value.1=vpc-1` → `{ Filter: [{ Name: 'vpc-id', Value: ['vpc-1'] }] }`,
 * `Attributes.entry.1.key=k&Attributes.entry.1.value=v` → `{ Attributes: { k: 'v' } }`.
 * Keys are the wire names (EC2's `InstanceId.N`, not the SDK's `InstanceIds`); every scalar stays a string.
 */

type Node = { [k: string]: Node | string };

function isIndex(s: string): boolean {
  return /^[0-9]+$/.test(s);
}

/** Turns `{ '1': x, '2': y }` objects into arrays and `member`/`item`/`entry` wrappers into their content. */
function finish(n: Node | string): unknown {
  if (typeof n === 'string') return n;
  const keys = Object.keys(n);
  if (keys.length > 0 && keys.every(isIndex)) {
    return keys
      .map(Number)
      .sort((a, b) => a - b)
      .map((k) => finish(n[String(k)]!));
  }
  if (keys.length === 1 && (keys[0] === 'member' || keys[0] === 'item')) {
    const inner = finish(n[keys[0]]!);
    return Array.isArray(inner) ? inner : [inner];
  }
  if (keys.length === 1 && keys[0] === 'entry') {
    const inner = finish(n.entry!);
    const entries = Array.isArray(inner) ? inner : [inner];
    const map: Record<string, unknown> = {};
    for (const e of entries as Record<string, unknown>[]) {
      const k = e.key ?? e.Key ?? e.Name;
      if (typeof k === 'string') map[k] = e.value ?? e.Value;
    }
    return map;
  }
  const out: Record<string, unknown> = {};
  for (const k of keys) out[k] = finish(n[k]!);
  return out;
}

/** Un-flattens decoded form parameters (`Action` and `Version` included as given). */
export function unflattenForm(params: Iterable<[string, string]>): Record<string, unknown> {
  const root: Node = {};
  for (const [key, value] of params) {
    const parts = key.split('.');
    let cur: Node = root;
    for (let i = 0; i < parts.length - 1; i++) {
      const p = parts[i]!;
      const next = cur[p];
      if (typeof next === 'object') cur = next;
      else {
        // A scalar at an intermediate path (malformed input): keep the deeper structure, drop the scalar.
        const created: Node = {};
        cur[p] = created;
        cur = created;
      }
    }
    const last = parts[parts.length - 1]!;
    if (typeof cur[last] !== 'object') cur[last] = value;
  }
  const out = finish(root);
  return (Array.isArray(out) ? {} : out) as Record<string, unknown>;
}

/** Parses an `application/x-www-form-urlencoded` body or query string (`+` is a space, as in HTML forms). */
export function parseForm(text: string): [string, string][] {
  const out: [string, string][] = [];
  for (const part of text.split('&')) {
    if (!part) continue;
    const eq = part.indexOf('=');
    const k = eq < 0 ? part : part.slice(0, eq);
    const v = eq < 0 ? '' : part.slice(eq + 1);
    out.push([decode(k), decode(v)]);
  }
  return out;
}

function decode(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return s;
  }
}
