/**
 * IAM policy documents (identity, resource, trust, key and endpoint policies) in their JSON shape,
 * normalized only so that `Statement` is always an array. Analysis lives in rules/kit and graph/.
 */
export type StringOrList = string | readonly string[];

export type PolicyPrincipal = '*' | { readonly [kind: string]: StringOrList };

export type ConditionBlock = { readonly [operator: string]: { readonly [key: string]: unknown } };

export interface PolicyStatement {
  readonly Sid?: string;
  readonly Effect: 'Allow' | 'Deny';
  readonly Principal?: PolicyPrincipal;
  readonly NotPrincipal?: PolicyPrincipal;
  readonly Action?: StringOrList;
  readonly NotAction?: StringOrList;
  readonly Resource?: StringOrList;
  readonly NotResource?: StringOrList;
  readonly Condition?: ConditionBlock;
}

export interface PolicyDocument {
  readonly Version?: string;
  readonly Id?: string;
  readonly Statement: readonly PolicyStatement[];
}

export type PolicyParseResult = { ok: true; document: PolicyDocument } | { ok: false; error: string };

/** Accepts a JSON string or an already parsed object; a single Statement object becomes a list. */
export function parsePolicyDocument(input: unknown): PolicyParseResult {
  let raw: unknown = input;
  if (typeof input === 'string') {
    try {
      raw = JSON.parse(decodeURIComponentSafe(input));
    } catch (e) {
      return { ok: false, error: `policy is not valid JSON: ${(e as Error).message}` };
    }
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return { ok: false, error: 'policy is not a JSON object' };
  const obj = raw as Record<string, unknown>;
  const st = obj['Statement'];
  if (st === undefined) return { ok: false, error: 'policy has no Statement' };
  const list = Array.isArray(st) ? st : [st];
  for (const [i, s] of list.entries()) {
    if (s === null || typeof s !== 'object') return { ok: false, error: `Statement[${i}] is not an object` };
    const eff = (s as Record<string, unknown>)['Effect'];
    if (eff !== 'Allow' && eff !== 'Deny') return { ok: false, error: `Statement[${i}].Effect must be Allow or Deny` };
  }
  const document: PolicyDocument = { ...(obj as object), Statement: list as PolicyStatement[] };
  return { ok: true, document };
}

/** IAM returns policy documents URL-encoded; IaC and other APIs give plain JSON. */
function decodeURIComponentSafe(s: string): string {
  const t = s.trim();
  if (t.startsWith('%7B') || t.startsWith('%7b')) {
    try {
      return decodeURIComponent(t);
    } catch {
      return t;
    }
  }
  return t;
}

export function asList(v: StringOrList | undefined): readonly string[] {
  if (v === undefined) return [];
  return typeof v === 'string' ? [v] : v;
}
