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
}

function matches(rule: AnyRule, sel: string): boolean {
  const s = sel.trim().toLowerCase();
  if (isSeverity(s)) return rule.severity === s;
  if (s.endsWith('*')) return rule.id.startsWith(s.slice(0, -1));
  return rule.id === s;
}

/** Selects rules the way `--rule` / `--skip-rule` / `--severity` do; unknown ids are a usage error. */
export function selectRules(rules: readonly AnyRule[], sel: RuleSelection): AnyRule[] {
  for (const s of [...(sel.include ?? []), ...(sel.exclude ?? [])]) {
    const t = s.trim().toLowerCase();
    if (!isSeverity(t) && !t.endsWith('*') && !rules.some((r) => r.id === t)) throw new UsageError(`unknown rule id "${s}" (see: cloudwarden rules list)`);
  }
  return rules.filter(
    (r) =>
      (!sel.include?.length || sel.include.some((s) => matches(r, s))) &&
      !(sel.exclude ?? []).some((s) => matches(r, s)) &&
      (!sel.minSeverity || severityRank(r.severity) >= severityRank(sel.minSeverity)) &&
      (!sel.providers?.length || sel.providers.includes(r.provider)),
  );
}
