import assert from 'node:assert/strict';
import type { Resource } from '../../../../../model/core/index.js';
import type { ResourceTypeMap } from '../../../../../model/types.js';
import { adaptTerraform } from '../index.js';
import type { TfBuilder } from './builder.js';

/** Adapts a builder's instances, asserting no errors, and returns the properties of one resource by uid. */
export function propsOf<T extends keyof ResourceTypeMap>(b: TfBuilder, type: T, address: string): ResourceTypeMap[T] & { readonly resource: Resource } {
  const { resources, errors } = adaptTerraform(b.instances, b.providers);
  assert.deepEqual(errors, []);
  const uid = `${b.rootModule}:${address}`;
  const r = resources.find((x) => x.uid === uid);
  assert.ok(r, `no ${uid} in ${resources.map((x) => x.uid).join(', ')}`);
  assert.equal(r.type, type);
  return { ...(r.properties as ResourceTypeMap[T]), resource: r };
}

/** The start line of a value's IaC provenance (undefined for other provenance). */
export function line(v: { source: { kind: string; startLine?: number } }): number | undefined {
  return v.source.kind === 'iac' ? v.source.startLine : undefined;
}
