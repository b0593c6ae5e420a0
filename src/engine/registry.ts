import { RULE_FILES } from '../rules/catalog.generated.js';
import type { AnyRule } from '../rules/kit/rule.js';
import { isSeverity, severityRank, type Severity } from '../model/core/index.js';
import { UsageError } from '../shared/errors.js';

/** Every rule in the catalogue, sorted by id. */
export function allRules(): readonly AnyRule[] {
  return [...RULE_FILES.map((f) => f.rule)].sort((a, b) => a.id.localeCompare(b.id));
}

export function ruleById(id: string): AnyRule | undefined {
  return RULE_FILES.find((f) => f.rule.id === id)?.rule;
}

export interface RuleSelection {
  /** Rule ids, id prefixes ending in `*`, or severities: keep only these. */
  readonly include?: readonly string[];
  /** Same forms: drop these. */
  readonly exclude?: readonly string[];
  /** Keep rules at or above this severity. */
  readonly minSeverity?: Severity;
  /** Keep rules of these providers. */
  readonly providers?: readonly string[];
  /** Ids that are no rule of the catalogue yet may be named (the identity graph's findings). */
  readonly extraIds?: readonly string[];
}

/** What a selection judges: a rule, or the id and severity of a finding made outside the catalogue. */
export interface Selectable {
  readonly id: string;
  readonly severity: Severity;
  readonly provider: string;
}

function matches(x: Selectable, sel: string): boolean {
  const s = sel.trim().toLowerCase();
  if (isSeverity(s)) return x.severity === s;
  if (s.endsWith('*')) return x.id.startsWith(s.slice(0, -1));
  return x.id === s;
}

/** Whether `--rule` / `--skip-rule` / `--severity` (and a provider filter) keep this rule or finding id. */
export function isSelected(x: Selectable, sel: RuleSelection): boolean {
  return (
    (!sel.include?.length || sel.include.some((s) => matches(x, s))) &&
    !(sel.exclude ?? []).some((s) => matches(x, s)) &&
    (!sel.minSeverity || severityRank(x.severity) >= severityRank(sel.minSeverity)) &&
    (!sel.providers?.length || sel.providers.includes(x.provider))
  );
}

/** Selects rules the way `--rule` / `--skip-rule` / `--severity` do; unknown ids are a usage error. */
export function selectRules(rules: readonly AnyRule[], sel: RuleSelection): AnyRule[] {
  for (const s of [...(sel.include ?? []), ...(sel.exclude ?? [])]) {
    const t = s.trim().toLowerCase();
    if (!isSeverity(t) && !t.endsWith('*') && !rules.some((r) => r.id === t) && !sel.extraIds?.includes(t)) throw new UsageError(`unknown rule id "${s}" (see: cloudwarden rules list)`);
  }
  return rules.filter((r) => isSelected(r, sel));
}
