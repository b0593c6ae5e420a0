/**
 * S3 / S3 Control REST-XML details on top of the core's XML output convention (`protocols/xml.ts`):
 * world objects are API-shaped (PascalCase as in the SDK output types), and the only things the object
 * alone cannot tell are list layouts (S3 flattens some lists, `<Rule>` repeated in place, and wraps others,
 * `<TagSet><Tag>`), renamed members (`MFADelete` is `<MfaDelete>` on the wire) and the ACL grantee's
 * `xsi:type` attribute. `toWire` adds those, following the S3 API model.
 */
import { SimError } from '../../service.js';
import { parseXml, xmlFlat, xmlList, xmlToObject } from '../../protocols/xml.js';
import type { PublicAccessBlockConfiguration } from './world.js';

export const S3_NS = 'http://s3.amazonaws.com/doc/2006-03-01/';
export const S3_CONTROL_NS = 'http://awss3control.amazonaws.com/doc/2018-08-20/';
const XSI_NS = 'http://www.w3.org/2001/XMLSchema-instance';

/** List fields: wrapped in `wrapper` with `member` elements, or flattened (the field's member name repeated). */
const LISTS: Readonly<Record<string, { readonly member: string; readonly wrapper?: string }>> = {
  Buckets: { wrapper: 'Buckets', member: 'Bucket' },
  Grants: { wrapper: 'AccessControlList', member: 'Grant' },
  TargetGrants: { wrapper: 'TargetGrants', member: 'Grant' },
  TagSet: { wrapper: 'TagSet', member: 'Tag' },
  Rules: { member: 'Rule' },
  Transitions: { member: 'Transition' },
  NoncurrentVersionTransitions: { member: 'NoncurrentVersionTransition' },
  Tags: { member: 'Tag' },
  Prefixes: { member: 'Prefix' },
  EncryptionType: { member: 'EncryptionType' },
  AccessPointList: { wrapper: 'AccessPointList', member: 'AccessPoint' },
  Contents: { member: 'Contents' },
};

const RENAMES: Readonly<Record<string, string>> = { MFADelete: 'MfaDelete' };

/** An API-shaped object in the core's output convention (element names, list wrappers, attributes). */
export function toWire(obj: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj)) {
    if (v === undefined || v === null) continue;
    if (Array.isArray(v)) {
      const spec = LISTS[k] ?? { member: 'member', wrapper: k };
      const items = v.map((i) => value(spec.member, i));
      if (spec.wrapper) out[spec.wrapper] = xmlList(items, spec.member);
      else out[spec.member] = xmlFlat(items);
      continue;
    }
    out[RENAMES[k] ?? k] = value(k, v);
  }
  return out;
}

function value(name: string, v: unknown): unknown {
  if (v === null || typeof v !== 'object' || v instanceof Date) return v;
  const obj = v as Record<string, unknown>;
  const wire = toWire(obj);
  // The grantee's kind is an xsi:type attribute, with the xsi namespace declared on the element itself.
  if (name === 'Grantee') {
    delete wire['Type'];
    wire['$attrs'] = { 'xmlns:xsi': XSI_NS, 'xsi:type': obj['Type'] };
  }
  return wire;
}

/** Reads a `PublicAccessBlockConfiguration` request body (S3 and S3 Control); absent switches are false, as in S3. */
export function readPublicAccessBlock(body: Buffer): PublicAccessBlockConfiguration {
  let obj: Record<string, unknown>;
  try {
    const root = parseXml(body.toString('utf8'));
    if (root.name !== 'PublicAccessBlockConfiguration') throw new Error(`unexpected root <${root.name}>`);
    const parsed = xmlToObject(root);
    obj = typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
  } catch (e) {
    throw new SimError('MalformedXML', `The XML you provided was not well-formed or did not validate against our published schema: ${(e as Error).message}`, 400);
  }
  const on = (k: string): boolean => String(obj[k] ?? '').trim().toLowerCase() === 'true';
  return { BlockPublicAcls: on('BlockPublicAcls'), IgnorePublicAcls: on('IgnorePublicAcls'), BlockPublicPolicy: on('BlockPublicPolicy'), RestrictPublicBuckets: on('RestrictPublicBuckets') };
}
