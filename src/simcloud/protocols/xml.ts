/**
 * A small XML writer and reader for simcloud's XML protocols (awsQuery, ec2Query, restXml).
 *
 * ## Output object convention (what handlers return)
 * Handlers return plain objects; every key becomes a child element of that name, in insertion order.
 * - `string` / `number` / `bigint` → text (escaped); `boolean` → `true`/`false`; `Date` → ISO 8601.
 * - `null` / `undefined` → the element is omitted.
 * - A plain array is wrapped in the protocol's list member: `<Key><member>…</member></Key>` for awsQuery and
 *   restXml, `<Key><item>…</item></Key>` for ec2Query.
 * - `xmlList(items, 'Bucket')` wraps with a custom member name (`<Buckets><Bucket>…</Bucket></Buckets>`);
 *   `xmlFlat(items)` repeats the key itself without a wrapper (`<Rule>…</Rule><Rule>…</Rule>`, S3's flattened lists).
 * - Keys starting with `$` are directives, never elements: `$attrs` (attributes of this element, e.g.
 *   `{ 'xmlns:xsi': …, 'xsi:type': 'CanonicalUser' }`), `$text` (text content next to attributes), and on the
 *   top-level output only: `$root` (restXml root element name, default `<Operation>Result`), `$status`
 *   (HTTP status), `$headers` (extra response headers), `$body` (a raw string/Buffer body instead of XML,
 *   e.g. S3 GetBucketPolicy's JSON document).
 */

/** A list rendered with a chosen member element name, or flattened (no wrapper element). */
export class XmlList {
  constructor(
    readonly items: readonly unknown[],
    readonly member: string | undefined,
    readonly flattened: boolean,
  ) {}
}

/** `<Key><member>…</member></Key>` with a custom member name. */
export function xmlList(items: readonly unknown[], member: string): XmlList {
  return new XmlList(items, member, false);
}

/** A flattened list: the key's element repeated once per item, no wrapper. */
export function xmlFlat(items: readonly unknown[]): XmlList {
  return new XmlList(items, undefined, true);
}

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\r': '&#13;', '\n': '&#10;' };

/** Escapes text or attribute content. Newlines in text are kept literal (only attributes need them encoded). */
export function escapeXml(s: string, attr = false): string {
  return s.replace(attr ? /[&<>"'\r\n]/g : /[&<>"'\r]/g, (c) => ESC[c] ?? c);
}

function scalar(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'bigint') return String(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (v instanceof Date) return v.toISOString();
  return undefined;
}

function attrs(a: unknown): string {
  if (!a || typeof a !== 'object') return '';
  return Object.entries(a as Record<string, unknown>)
    .filter(([, v]) => v !== undefined && v !== null)
    .map(([k, v]) => ` ${k}="${escapeXml(scalar(v) ?? String(v), true)}"`)
    .join('');
}

/** Renders one element `<name>value</name>` under the list convention `listMember`. */
export function element(name: string, value: unknown, listMember: string, extraAttrs = ''): string {
  if (value === undefined || value === null) return '';
  if (value instanceof XmlList) {
    if (value.flattened) return value.items.map((i) => element(name, i, listMember)).join('');
    return `<${name}${extraAttrs}>${value.items.map((i) => element(value.member ?? listMember, i, listMember)).join('')}</${name}>`;
  }
  if (Array.isArray(value)) return `<${name}${extraAttrs}>${value.map((i) => element(listMember, i, listMember)).join('')}</${name}>`;
  const s = scalar(value);
  if (s !== undefined) return `<${name}${extraAttrs}>${escapeXml(s)}</${name}>`;
  if (Buffer.isBuffer(value)) return `<${name}${extraAttrs}>${value.toString('base64')}</${name}>`;
  const obj = value as Record<string, unknown>;
  const a = extraAttrs + attrs(obj.$attrs);
  return `<${name}${a}>${children(obj, listMember)}</${name}>`;
}

/** The child elements of an output object (directive keys skipped). */
export function children(obj: Record<string, unknown>, listMember: string): string {
  let out = typeof obj.$text === 'string' || typeof obj.$text === 'number' ? escapeXml(String(obj.$text)) : '';
  for (const [k, v] of Object.entries(obj)) if (!k.startsWith('$')) out += element(k, v, listMember);
  return out;
}

/** A parsed XML element. */
export interface XmlNode {
  readonly name: string;
  readonly attrs: Record<string, string>;
  readonly children: XmlNode[];
  text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescape(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (m, e: string) => {
    if (e.startsWith('#x')) return String.fromCodePoint(parseInt(e.slice(2), 16));
    if (e.startsWith('#')) return String.fromCodePoint(parseInt(e.slice(1), 10));
    return ENTITIES[e] ?? m;
  });
}

/** Parses an XML document (no DTDs) into its root element; throws `Error` on malformed input. */
export function parseXml(xml: string): XmlNode {
  const stack: XmlNode[] = [];
  let root: XmlNode | undefined;
  const re = /<!\[CDATA\[([\s\S]*?)\]\]>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!DOCTYPE[^>]*>|<\/\s*([^\s>]+)\s*>|<([^\s/>]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)/g;
  let m: RegExpExecArray | null;
  let pos = 0;
  while ((m = re.exec(xml))) {
    if (m.index !== pos) throw new Error(`malformed XML at offset ${pos}`);
    pos = re.lastIndex;
    const top = stack[stack.length - 1];
    if (m[1] !== undefined) {
      if (top) top.text += m[1];
    } else if (m[2] !== undefined) {
      const open = stack.pop();
      if (!open || open.name !== m[2]) throw new Error(`mismatched closing tag </${m[2]}>`);
    } else if (m[3] !== undefined) {
      const node: XmlNode = { name: m[3], attrs: {}, children: [], text: '' };
      for (const a of (m[4] ?? '').matchAll(/([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) node.attrs[a[1]!] = unescape(a[2] ?? a[3] ?? '');
      if (top) top.children.push(node);
      else if (root) throw new Error('more than one root element');
      else root = node;
      if (!m[5]) stack.push(node);
    } else if (m[6] !== undefined && top) {
      top.text += unescape(m[6]);
    } else if (m[6] !== undefined && m[6].trim() !== '') {
      throw new Error('text outside the root element');
    }
  }
  if (pos !== xml.length || stack.length > 0 || !root) throw new Error('unterminated XML document');
  return root;
}

/**
 * A parsed element as a plain object: leaf elements become strings, repeated child names become arrays,
 * attributes are dropped. (`<A><B>1</B><B>2</B></A>` → `{ B: ['1', '2'] }`.) Single-item lists are ambiguous:
 * use `xmlArray(value)` when a list is expected.
 */
export function xmlToObject(node: XmlNode): unknown {
  if (node.children.length === 0) return node.text;
  const out: Record<string, unknown> = {};
  for (const c of node.children) {
    const v = xmlToObject(c);
    const prev = out[c.name];
    if (prev === undefined) out[c.name] = v;
    else if (Array.isArray(prev) && (prev as unknown[] & { $multi?: true }).$multi) (prev as unknown[]).push(v);
    else out[c.name] = Object.assign([prev, v], { $multi: true as const });
  }
  return out;
}

/** Normalises a value from `xmlToObject` to an array (one item, several, or none). */
export function xmlArray(v: unknown): unknown[] {
  if (v === undefined || v === null || v === '') return [];
  return Array.isArray(v) ? [...v] : [v];
}
