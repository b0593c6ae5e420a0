import type { CfnNode, CfnRef, CfnUnknown } from './node.js';

/** A piece of an Fn::Sub / Fn::Join result: known text, or an unknown value. */
export type SubPart = { readonly text: string } | { readonly unknown: CfnUnknown };

/** Why an Fn::Sub could not be computed, with a reference when the string is exactly one `${Resource}`. */
export interface SubUnknown {
  readonly reason: string;
  readonly ref?: CfnRef;
  readonly placeholder?: string;
}

/**
 * Fn::Sub: replaces `${Name}` (via `lookup`) and turns `${!Literal}` into `${Literal}`. When a variable is
 * unknown the result is unknown; its placeholder is the text with unknown variables kept as `${...}`, set
 * only when every unknown part has one.
 */
export function substitute(text: string, lookup: (name: string) => SubPart): string | SubUnknown {
  const parts: SubPart[] = [];
  const re = /\$\{([^}]*)\}/g;
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    parts.push({ text: text.slice(last, m.index) });
    const name = m[1]!.trim();
    parts.push(name.startsWith('!') ? { text: `\${${name.slice(1)}}` } : lookup(name));
    last = m.index + m[0].length;
  }
  parts.push({ text: text.slice(last) });
  const unknowns = parts.filter((p): p is { unknown: CfnUnknown } => 'unknown' in p);
  if (unknowns.length === 0) return parts.map((p) => ('text' in p ? p.text : '')).join('');
  const first = unknowns[0]!.unknown;
  const placeholder = unknowns.every((u) => u.unknown.placeholder !== undefined)
    ? parts.map((p) => ('text' in p ? p.text : p.unknown.placeholder)).join('')
    : undefined;
  const whole = parts.filter((p) => !('text' in p && p.text === ''));
  const ref = whole.length === 1 && unknowns.length === 1 ? first.ref : undefined;
  return { reason: first.reason, ...(ref ? { ref } : {}), ...(placeholder !== undefined ? { placeholder } : {}) };
}

/** Fn::Cidr: `count` IPv4 subnets of `32 - cidrBits` prefix carved from `block`, or an error message. */
export function cidrSubnets(block: string, count: number, cidrBits: number): string[] | string {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/.exec(block.trim());
  if (!m) return `${block} is not an IPv4 CIDR block (IPv6 is not computed)`;
  const octets = m.slice(1, 5).map(Number);
  const prefix = Number(m[5]);
  if (octets.some((o) => o > 255) || prefix > 32) return `${block} is not a valid CIDR block`;
  if (!Number.isInteger(count) || count < 1 || count > 256) return 'count must be between 1 and 256';
  const newPrefix = 32 - cidrBits;
  if (!Number.isInteger(cidrBits) || newPrefix < prefix || newPrefix > 32) return `cidrBits ${cidrBits} does not fit in /${prefix}`;
  if (count > 2 ** (newPrefix - prefix)) return `${block} holds fewer than ${count} /${newPrefix} subnets`;
  const base = octets.reduce((a, o) => a * 256 + o, 0);
  const mask = prefix === 0 ? 0 : base - (base % 2 ** (32 - prefix));
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const n = mask + i * 2 ** cidrBits;
    out.push(`${[24, 16, 8, 0].map((s) => Math.floor(n / 2 ** s) % 256).join('.')}/${newPrefix}`);
  }
  return out;
}

/** Fn::ToJsonString over a resolved node, or the reason it cannot be computed. */
export function toJsonString(n: CfnNode): string | { unknown: string } {
  const v = plain(n);
  return typeof v === 'object' && v !== null && 'unknownReason' in v ? { unknown: (v as { unknownReason: string }).unknownReason } : JSON.stringify(v);
}

function plain(n: CfnNode): unknown {
  switch (n.t) {
    case 'scalar':
      return n.value;
    case 'unknown':
      return { unknownReason: n.reason };
    case 'list': {
      const items = n.items.map(plain);
      return items.find((i) => typeof i === 'object' && i !== null && 'unknownReason' in i) ?? items;
    }
    case 'map': {
      const out: Record<string, unknown> = {};
      for (const [k, v] of n.entries) {
        const p = plain(v);
        if (typeof p === 'object' && p !== null && 'unknownReason' in p) return p;
        out[k] = p;
      }
      return out;
    }
  }
}
