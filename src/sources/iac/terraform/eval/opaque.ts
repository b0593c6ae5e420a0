import type { TfNode, TfRef } from '../instance.js';
import type { Unknown } from './values.js';

/**
 * Computed identifiers as text. An attribute of a resource in the configuration that is known only after
 * apply (an `arn`, an `id`) names one specific thing: it can never be `*` or widen what a policy grants.
 * Where such a value is only *part* of a string (a template with other parts) or a leaf of an encoded
 * document (`jsonencode`, `yamlencode`), the evaluator writes the placeholder `${<address>.<attribute>}`
 * in its place, so the surrounding text stays known and judgeable (Checkov renders the expression text
 * the same way). Nowhere else: a reference used as a whole value keeps its `ref` for the adapters' joins.
 *
 * What counts as opaque, and why:
 * - managed resources: any computed attribute, except a few whose value echoes configuration or is
 *   arbitrary content (`terraform_data.output`, `random_string.result` may contain `*`, CloudFormation
 *   stack `outputs`, `aws_lambda_invocation.result`, a parameter `value`...): those could be anything.
 * - data sources: only identifier-shaped attributes read directly on the source (`id`, `arn`, `name`,
 *   `account_id`, `partition`, `region`, `dns_suffix`, `*_id`, `*_arn`, `*_name` and their plural lists,
 *   optionally indexed). A data source reads existing infrastructure: `data.aws_caller_identity.x.account_id`
 *   is an account number, but `data.terraform_remote_state.x.outputs.*`, `data.aws_ssm_parameter.x.value`,
 *   `data.external.x.result` or `data.aws_iam_policy_document.x.json` are arbitrary content, kept unknown.
 * - never where the identifier decides *whose* principal it is: an ARN's account field
 *   (`arn:aws:iam::${aws_organizations_account.p.id}:root`), an `AWS` principal leaf of an encoded
 *   policy, or a string right after `"AWS":` in JSON text (a heredoc policy). Rules reading accounts from principals would take the placeholder for no account at all and
 *   pass a grant to a foreign account; those stay unknown (as before this change).
 * - everything else (unset variables, `count.index` of an unknown count, unsupported or non-deterministic
 *   functions, values derived from a reference by a function) stays unknown: it could be `*`.
 *
 * Known limitation: a placeholder string is an ordinary known string afterwards, so a later comparison
 * or string function sees the placeholder text, not the real value (as in Checkov).
 */

/** First path segments of managed-resource attributes that carry arbitrary (possibly wildcard) content. */
const MANAGED_CONTENT = new Set(['result', 'output', 'outputs', 'value', 'insecure_value', 'values', 'body', 'content', 'rendered', 'json', 'response_body']);

/** Identifier-shaped attribute names of data sources (see above); `[i]` indexes allowed, nested paths not. */
const DATA_IDENTIFIER = /^(?:(?:[a-z0-9_]+_)?(?:id|ids|arn|arns|name|names)|account_id|partition|dns_suffix|region|reverse_dns_prefix|reverse_dns_name)(?:\[[^\]]*\])*$/;

/** `module.a["k"].module.b[0].` prefixes of an address (keys may contain dots or brackets inside quotes). */
const MODULE_PREFIX = /^(?:module\.[A-Za-z0-9_-]+(?:\[(?:"(?:[^"\\]|\\.)*"|\d+)\])?\.)*/;

function isOpaqueRef(ref: TfRef): boolean {
  if (ref.attribute === '') return false; // The whole instance (an object), not an identifier.
  const local = ref.address.replace(MODULE_PREFIX, '');
  if (local.startsWith('data.')) return DATA_IDENTIFIER.test(ref.attribute);
  const first = /^[^.[]+/.exec(ref.attribute)?.[0] ?? '';
  return !MANAGED_CONTENT.has(first);
}

/** The placeholder text for a computed identifier (see above), or undefined when `n` is not one. */
export function opaquePlaceholder(n: TfNode): string | undefined {
  if (n.t !== 'unknown' || !n.ref || !isOpaqueRef(n.ref)) return undefined;
  return `\${${n.ref.address}.${n.ref.attribute}}`;
}

/**
 * The text of an ARN up to its account field (`arn:aws:iam::`): a placeholder there would hide *which*
 * account a principal belongs to, and rules that read accounts from ARNs would take it for no account.
 */
const ARN_ACCOUNT_FIELD = /(?:^|[^A-Za-z0-9_-])arn:[^:\s]*:[^:\s]*:[^:\s]*:$/;

/** JSON text (a heredoc policy) up to the opening quote of a string in an `"AWS": "..."` / `"AWS": [..., "` principal. */
const JSON_AWS_PRINCIPAL = /"AWS"\s*:\s*(?:\[\s*(?:"[^"]*"\s*,\s*)*)?"$/;

/**
 * The placeholder for an interpolation in a string template, `before` being the text rendered so far;
 * undefined (the template stays unknown) when `n` is not a computed identifier, fills an ARN's account
 * or is an AWS principal in JSON text.
 */
export function templatePlaceholder(n: TfNode, before: string): string | undefined {
  return ARN_ACCOUNT_FIELD.test(before) || JSON_AWS_PRINCIPAL.test(before) ? undefined : opaquePlaceholder(n);
}

/** An encoded value: its plain JS form with placeholders, or the unknown that makes the text unknown. */
export type Encodable = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly unknown: Unknown };

/**
 * Plain JS value of `n` for `jsonencode` / `yamlencode`, computed identifiers written as placeholder
 * strings. Any other unknown leaf (an unset variable could be `*`) makes the whole text unknown. So does
 * a computed identifier naming an AWS principal (`Principal = { AWS = aws_iam_role.x.arn }`): the role
 * could live in another account, which rules reading accounts from principals must not miss.
 */
export function encodable(n: TfNode, awsPrincipal = false, key?: string): Encodable {
  switch (n.t) {
    case 'scalar':
      return { ok: true, value: n.value };
    case 'unknown': {
      const p = awsPrincipal ? undefined : opaquePlaceholder(n);
      return p === undefined ? { ok: false, unknown: n } : { ok: true, value: p };
    }
    case 'list': {
      const out: unknown[] = [];
      for (const i of n.items) {
        const r = encodable(i, awsPrincipal);
        if (!r.ok) return r;
        out.push(r.value);
      }
      return { ok: true, value: out };
    }
    case 'object': {
      const principal = key !== undefined && /^(not)?principal$/i.test(key);
      const out: Record<string, unknown> = {};
      for (const k of Object.keys(n.attrs)) {
        const r = encodable(n.attrs[k], awsPrincipal || (principal && k.toUpperCase() === 'AWS'), k);
        if (!r.ok) return r;
        out[k] = r.value;
      }
      return { ok: true, value: out };
    }
  }
}
