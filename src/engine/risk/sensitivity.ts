/**
 * Data sensitivity: the resource is marked, or named, as holding data whose loss hurts. A classification tag
 * (`data-classification`, `classification`, `sensitivity`, `data-sensitivity`, `confidentiality`; any case) whose
 * value names a sensitive class counts most; a name that says what is inside (pii, secret, backup, ledger,
 * customer, …) counts less, since names guess. Secrets Manager secrets are sensitive by nature.
 */
import { isKnown, type Resource } from '../../model/core/index.js';
import type { WeightedFactor } from './base.js';
import type { ContextFactor } from './types.js';

/** Weight of a classification tag naming a sensitive class. */
export const TAGGED_SENSITIVE_WEIGHT = 25;
/** Weight of a name that suggests sensitive content (a weaker signal than a tag). */
export const NAMED_SENSITIVE_WEIGHT = 15;

const CLASSIFICATION_KEYS = new Set(['data-classification', 'dataclassification', 'data_classification', 'classification', 'sensitivity', 'data-sensitivity', 'data_sensitivity', 'confidentiality']);
const SENSITIVE_CLASS = /(^|[^a-z])(pii|phi|pci|confidential|secret|restricted|sensitive|hipaa|gdpr)([^a-z]|$)/i;
const SENSITIVE_NAME = /(^|[^a-z])(pii|phi|secrets?|backups?|ledgers?|customers?|payroll|patients?|credentials?|cardholder)([^a-z]|$)/i;

function tagged(r: Resource): WeightedFactor | undefined {
  if (!isKnown(r.tags)) return undefined;
  const keys = Object.keys(r.tags.value).sort();
  for (const k of keys) {
    const v = r.tags.value[k] ?? '';
    if (CLASSIFICATION_KEYS.has(k.toLowerCase()) && SENSITIVE_CLASS.test(v)) {
      return { factor: 'sensitive-data', weight: TAGGED_SENSITIVE_WEIGHT, detail: `tag ${k}=${v}` };
    }
  }
  return undefined;
}

/** The sensitive-data factor: a classification tag, else the type, else the name. */
export const sensitiveData: ContextFactor = (subject) => {
  const tag = tagged(subject);
  if (tag) return tag;
  if (subject.type === 'aws.secretsmanager.secret') return { factor: 'sensitive-data', weight: TAGGED_SENSITIVE_WEIGHT, detail: 'a Secrets Manager secret' };
  const m = SENSITIVE_NAME.exec(subject.name);
  return m ? { factor: 'sensitive-data', weight: NAMED_SENSITIVE_WEIGHT, detail: `name "${subject.name}" suggests ${m[2]!.toLowerCase()} data` } : undefined;
};
