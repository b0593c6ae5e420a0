import { NO_PROVENANCE, type Provenance } from './provenance.js';

/**
 * How a value was obtained.
 * - `explicit`: written in the source or returned by the API.
 * - `default`: not set; the value is the provider's documented default (its provenance points at the
 *   enclosing block, which is where a fix would go).
 * - `unresolvable`: we could not learn it (an unknown Terraform variable, AccessDenied, a throttled call).
 *   Rules must report such values as `unknown`, never as pass or fail.
 */
export type ValueKind = 'explicit' | 'default' | 'unresolvable';

/** A model leaf value with its provenance. `value` is undefined exactly when kind is `unresolvable`. */
export interface Value<T> {
  readonly kind: ValueKind;
  readonly value: T | undefined;
  readonly source: Provenance;
  /** Why the value is unresolvable (or a note on how a default was chosen). */
  readonly reason?: string;
}

export interface KnownValue<T> extends Value<T> {
  readonly kind: 'explicit' | 'default';
  readonly value: T;
}

export function explicit<T>(value: T, source: Provenance = NO_PROVENANCE): KnownValue<T> {
  return { kind: 'explicit', value, source };
}

export function defaulted<T>(value: T, source: Provenance = NO_PROVENANCE, reason?: string): KnownValue<T> {
  return reason === undefined ? { kind: 'default', value, source } : { kind: 'default', value, source, reason };
}

export function unresolvable<T = never>(reason: string, source: Provenance = NO_PROVENANCE): Value<T> {
  return { kind: 'unresolvable', value: undefined, source, reason };
}

export function isKnown<T>(v: Value<T> | undefined): v is KnownValue<T> {
  return v !== undefined && v.kind !== 'unresolvable';
}

/** True only for a known `true`. An unresolvable value is neither true nor false. */
export function isTrue(v: Value<boolean> | undefined): boolean {
  return isKnown(v) && v.value === true;
}

/** True only for a known `false`. An unresolvable value is neither true nor false. */
export function isFalse(v: Value<boolean> | undefined): boolean {
  return isKnown(v) && v.value === false;
}

/** The value if known, else `fallback`. Use only where unknown cannot change the verdict. */
export function valueOr<T>(v: Value<T> | undefined, fallback: T): T {
  return isKnown(v) ? v.value : fallback;
}

/** Maps a known value, keeping provenance; unresolvable stays unresolvable. */
export function mapValue<T, U>(v: Value<T>, f: (t: T) => U): Value<U> {
  if (!isKnown(v)) return v as unknown as Value<U>;
  return { ...v, value: f(v.value) };
}
