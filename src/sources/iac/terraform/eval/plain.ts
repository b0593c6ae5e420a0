import type { TfNode } from '../instance.js';

/**
 * A node as plain data for tests, debugging and `--explain` output: unknowns become
 * `"<unknown: reason>"` (with `@address.attr` when they carry a reference).
 */
export function plain(n: TfNode): unknown {
  switch (n.t) {
    case 'scalar':
      return n.value;
    case 'list':
      return n.items.map(plain);
    case 'object':
      return Object.fromEntries(Object.entries(n.attrs).map(([k, v]) => [k, plain(v)]));
    case 'unknown':
      return `<unknown: ${n.reason}${n.ref ? ` @${n.ref.address}${n.ref.attribute ? '.' + n.ref.attribute : ''}` : ''}>`;
  }
}
