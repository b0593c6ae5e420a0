/**
 * Renders SDK-shaped (PascalCase) EC2 outputs as the element names EC2's XML uses, by walking the output
 * schemas the SDK itself ships (`DescribeInstancesResult$` …): each member's `xmlName` trait is the element
 * name (`Reservations` → `reservationSet`, `IpPermissions` → `ipPermissions`), and lists become plain arrays,
 * which the core's ec2Query writer wraps in `<item>`. Reading the SDK's own schema keeps the element names
 * exactly those its deserializer expects, with no hand-kept table to drift.
 */
import * as ec2 from '@aws-sdk/client-ec2';

type Traits = { xmlName?: string } | number | undefined;
type SchemaRef = unknown;

function resolve(ref: SchemaRef): unknown {
  return typeof ref === 'function' ? (ref as () => unknown)() : ref;
}

/** A member entry is `ref` or `[ref, traits]`; a schema array is `[kind, namespace, name, …]`. */
function member(m: unknown): { ref: SchemaRef; traits: Traits } {
  if (Array.isArray(m) && m.length === 2 && typeof m[1] !== 'string') return { ref: m[0], traits: m[1] as Traits };
  return { ref: m, traits: undefined };
}

function convert(value: unknown, ref: SchemaRef): unknown {
  if (value === undefined || value === null) return undefined;
  const s = resolve(ref);
  if (typeof s === 'number') {
    // 64|x: list of simple values; 128|x: map of simple values; others: scalars the writer renders as is.
    if ((s & 64) === 64 && Array.isArray(value)) return [...(value as unknown[])];
    return value;
  }
  if (!Array.isArray(s)) return value;
  const kind = s[0] as number;
  if (kind === 1) {
    if (!Array.isArray(value)) return value;
    const m = member(s[4]);
    return (value as unknown[]).map((v) => convert(v, m.ref));
  }
  if (kind === 3 || kind === -3) {
    if (typeof value !== 'object') return value;
    const names = s[4] as string[];
    const members = s[5] as unknown[];
    const src = value as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    names.forEach((name, i) => {
      const v = src[name];
      if (v === undefined || v === null) return;
      const m = member(members[i]);
      const xmlName = typeof m.traits === 'object' && m.traits?.xmlName ? m.traits.xmlName : name;
      out[xmlName] = convert(v, m.ref);
    });
    return out;
  }
  return value;
}

/**
 * `output` (an SDK output structure) rendered for the ec2Query writer, using the schema named
 * `<shape>$` exported by `@aws-sdk/client-ec2` (e.g. `DescribeInstancesResult`).
 */
export function toWire(shape: string, output: object): Record<string, unknown> {
  const schema = (ec2 as unknown as Record<string, unknown>)[`${shape}$`];
  if (schema === undefined) throw new Error(`simcloud ec2: no SDK schema named ${shape}$`);
  return convert(output, schema) as Record<string, unknown>;
}
