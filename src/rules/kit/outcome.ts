import { describeProvenance, isKnown, type Provenance, type Value } from '../../model/core/index.js';
import type { Evidence, Outcome } from './rule.js';

/** Evidence for a value at a property path. */
export function evidence(path: string, v: Value<unknown>, sensitive = false): Evidence {
  const e: Evidence = { path, value: v.value, kind: v.kind, source: v.source };
  return sensitive ? { ...e, sensitive: true } : e;
}

export function pass(message: string, ...ev: Evidence[]): Outcome {
  return { status: 'pass', message, evidence: ev };
}

export function fail(message: string, ...ev: Evidence[]): Outcome {
  return { status: 'fail', message, evidence: ev };
}

export function unknown(message: string, ...ev: Evidence[]): Outcome {
  return { status: 'unknown', message, evidence: ev };
}

/** Adds a discriminator (for rules that emit one outcome per element) and optionally a location. */
export function at(o: Outcome, discriminator: string, location?: Provenance): Outcome {
  return location ? { ...o, discriminator, location } : { ...o, discriminator };
}

/**
 * The common shape of a check on one value: unknown when the value is unresolvable (with its reason),
 * else pass or fail by `ok`.
 */
export function check<T>(
  path: string,
  v: Value<T>,
  ok: (value: T) => boolean,
  messages: { pass: string; fail: string },
): Outcome {
  const ev = evidence(path, v as Value<unknown>);
  if (!isKnown(v)) return unknown(`${path} could not be determined: ${v.reason ?? 'unresolvable'} (${describeProvenance(v.source)})`, ev);
  return ok(v.value) ? pass(messages.pass, ev) : fail(messages.fail, ev);
}

/** Combines outcomes of sub-checks that must all hold: any fail fails, else any unknown is unknown, else pass. */
export function all(outcomes: readonly Outcome[], passMessage: string): Outcome {
  const failed = outcomes.filter((o) => o.status === 'fail');
  if (failed.length > 0) return { status: 'fail', message: failed.map((o) => o.message).join('; '), evidence: failed.flatMap((o) => o.evidence) };
  const unk = outcomes.filter((o) => o.status === 'unknown');
  if (unk.length > 0) return { status: 'unknown', message: unk.map((o) => o.message).join('; '), evidence: unk.flatMap((o) => o.evidence) };
  return { status: 'pass', message: passMessage, evidence: outcomes.flatMap((o) => o.evidence) };
}
