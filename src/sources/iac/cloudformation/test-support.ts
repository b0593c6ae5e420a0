/** Helpers for the CloudFormation tests: scan a template text and pick resources by logical id. */
import type { Resource, Value } from '../../../model/core/index.js';
import type { ModelResource, ResourceType } from '../../../model/types.js';
import type { InputError } from '../../../shared/errors.js';
import { scanTemplateText } from './index.js';
import type { ResolveOptions } from './resolve.js';

export const FILE = 'template.yaml';

export function scan(text: string, opts: ResolveOptions = {}): { resources: Resource[]; errors: InputError[]; ok: boolean } {
  return scanTemplateText(FILE, text, opts);
}

/** The model resource made from `logicalId`, asserting its type. */
export function pick<T extends ResourceType>(resources: readonly Resource[], logicalId: string, type: T): ModelResource<T> {
  const r = resources.find((x) => x.uid === `${FILE}#${logicalId}`);
  if (!r) throw new Error(`no resource ${logicalId} in [${resources.map((x) => x.uid).join(', ')}]`);
  if (r.type !== type) throw new Error(`${logicalId} is ${r.type}, not ${type}`);
  return r as ModelResource<T>;
}

/** A compact view of a value for assertions: kind, value and line range. */
export function view<T>(v: Value<T>): { kind: string; value: T | undefined; lines: string } {
  const s = v.source;
  return { kind: v.kind, value: v.value, lines: s.kind === 'iac' ? `${s.startLine}-${s.endLine}` : s.kind };
}
