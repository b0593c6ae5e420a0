/**
 * CloudFront's XML lists: every collection is `<X><Quantity>n</Quantity><Items><Member>…</Member></Items></X>`
 * with a member element named per collection. Worlds write collections the way the SDK's types read
 * (`Origins: { Items: [...] }`, Quantity optional); `toWire` adds Quantity and the member names.
 */
import { xmlList } from '../../protocols/xml.js';

/** Collection key → the element name of one item, as the CloudFront API model names it. */
const MEMBER: Readonly<Record<string, string>> = {
  Origins: 'Origin',
  CacheBehaviors: 'CacheBehavior',
  OriginSslProtocols: 'SslProtocol',
  Aliases: 'CNAME',
  AllowedMethods: 'Method',
  CachedMethods: 'Method',
  CustomErrorResponses: 'CustomErrorResponse',
  OriginGroups: 'OriginGroup',
  Members: 'OriginGroupMember',
  StatusCodes: 'StatusCode',
  Headers: 'Name',
  QueryStringCacheKeys: 'Name',
  WhitelistedNames: 'Name',
  TrustedSigners: 'AwsAccountNumber',
  TrustedKeyGroups: 'KeyGroup',
  LambdaFunctionAssociations: 'LambdaFunctionAssociation',
  FunctionAssociations: 'FunctionAssociation',
  CustomHeaders: 'OriginCustomHeader',
  GeoRestriction: 'Location',
  Tags: 'Tag',
};

/** A world value in CloudFront's wire shape: collections get Quantity and their member element names. */
export function toWire(value: unknown, key = ''): unknown {
  if (Array.isArray(value)) return value.map((v) => toWire(v));
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  const obj = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  const member = MEMBER[key];
  for (const [k, v] of Object.entries(obj)) {
    if (k === 'Items' && Array.isArray(v) && member !== undefined) continue;
    out[k] = toWire(v, k);
  }
  if (member !== undefined && Array.isArray(obj.Items)) {
    const items = obj.Items.map((v) => toWire(v));
    // Quantity leads the collection in CloudFront's documents; readers accept any order, people expect this one.
    return { ...(key === 'Tags' ? {} : { Quantity: obj.Quantity ?? items.length }), ...omitKey(out, 'Quantity'), Items: xmlList(items, member) };
  }
  return out;
}

function omitKey(o: Record<string, unknown>, key: string): Record<string, unknown> {
  const { [key]: _drop, ...rest } = o;
  return rest;
}
