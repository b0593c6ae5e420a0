/**
 * Whether a trail's event selectors log S3 object-level (data) events, read and write. Same reading as the
 * IaC adapters: a basic selector with an `AWS::S3::Object` data resource (its ReadWriteType says which), or an
 * advanced selector whose `resources.type` equals `AWS::S3::Object` (its `readOnly` field, if any, says which).
 */
import type { AdvancedEventSelector, EventSelector } from '@aws-sdk/client-cloudtrail';

export interface S3DataEvents {
  readonly read: boolean;
  readonly write: boolean;
}

export function s3DataEvents(basic: readonly EventSelector[] | undefined, advanced: readonly AdvancedEventSelector[] | undefined): S3DataEvents {
  let read = false;
  let write = false;
  for (const sel of basic ?? []) {
    if (!(sel.DataResources ?? []).some((d) => d.Type === 'AWS::S3::Object')) continue;
    const mode = sel.ReadWriteType ?? 'All';
    if (mode === 'All' || mode === 'ReadOnly') read = true;
    if (mode === 'All' || mode === 'WriteOnly') write = true;
  }
  for (const sel of advanced ?? []) {
    const fields = sel.FieldSelectors ?? [];
    if (!fields.some((f) => f.Field === 'resources.type' && (f.Equals ?? []).includes('AWS::S3::Object'))) continue;
    const readOnly = fields.find((f) => f.Field === 'readOnly')?.Equals;
    if (readOnly === undefined || readOnly.includes('true')) read = true;
    if (readOnly === undefined || readOnly.includes('false')) write = true;
  }
  return { read, write };
}
