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
  // Field by field rather than a spread (an outcome has these five fields and no others): one object shape for all.
  const where = location ?? o.location;
  return where
    ? { status: o.status, message: o.message, evidence: o.evidence, location: where, discriminator }
    : { status: o.status, message: o.message, evidence: o.evidence, discriminator };
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
  // One pass to find the verdict, a second only over what it keeps: this runs for millions of resources.
  let failed = 0;
  let unknowns = 0;
  for (const o of outcomes) {
    if (o.status === 'fail') failed++;
    else if (o.status === 'unknown') unknowns++;
  }
  const status = failed > 0 ? 'fail' : unknowns > 0 ? 'unknown' : 'pass';
  const messages: string[] = [];
  const evidence: Evidence[] = [];
  for (const o of outcomes) {
    if (status !== 'pass' && o.status !== status) continue;
    if (status !== 'pass') messages.push(o.message);
    for (const e of o.evidence) evidence.push(e);
  }
  return { status, message: status === 'pass' ? passMessage : messages.join('; '), evidence };
}
