/**
 * Reading S3 ACLs into the model: grants as the model's `AclGrant`, and the canned ACL the grant list
 * amounts to. The API returns grants, never the canned ACL name that produced them, so the canned name is
 * recognised from the grants (the same lists S3 documents for each canned ACL); a list that matches none
 * is `custom`, and the rules judge such a bucket by its grants.
 */
import type { Grant } from '@aws-sdk/client-s3';
import type { AclGrant } from '../../../../../model/aws/s3.js';

const GROUPS = 'http://acs.amazonaws.com/groups/';
const ALL_USERS = `${GROUPS}global/AllUsers`;
const AUTH_USERS = `${GROUPS}global/AuthenticatedUsers`;
const LOG_DELIVERY = `${GROUPS}s3/LogDelivery`;

const PERMISSIONS = new Set<string>(['FULL_CONTROL', 'READ', 'WRITE', 'READ_ACP', 'WRITE_ACP']);

/** The SDK's grants as model grants; grants with an unknown grantee type or permission are dropped. */
export function toModelGrants(grants: readonly Grant[] | undefined): AclGrant[] {
  const out: AclGrant[] = [];
  for (const g of grants ?? []) {
    const t = g.Grantee?.Type;
    const p = g.Permission;
    if (!p || !PERMISSIONS.has(p)) continue;
    const permission = p as AclGrant['permission'];
    if (t === 'Group' && g.Grantee?.URI) out.push({ grantee: g.Grantee.URI, granteeType: 'Group', permission });
    else if (t === 'CanonicalUser' && g.Grantee?.ID) out.push({ grantee: g.Grantee.ID, granteeType: 'CanonicalUser', permission });
    else if (t === 'AmazonCustomerByEmail' && g.Grantee?.EmailAddress) out.push({ grantee: g.Grantee.EmailAddress, granteeType: 'AmazonCustomerByEmail', permission });
  }
  return out;
}

/** The canned ACL a bucket's grants amount to (`private`, `public-read`, ...), or `custom`. */
export function cannedAclOf(grants: readonly AclGrant[], ownerId: string | undefined): string {
  const others = grants.filter((g) => !(g.granteeType === 'CanonicalUser' && g.grantee === ownerId && g.permission === 'FULL_CONTROL'));
  const ownerFull = others.length < grants.length;
  if (!ownerFull) return 'custom';
  const sig = others
    .map((g) => `${g.grantee}:${g.permission}`)
    .sort()
    .join(',');
  const canned: Record<string, string> = {
    '': 'private',
    [`${ALL_USERS}:READ`]: 'public-read',
    [[`${ALL_USERS}:READ`, `${ALL_USERS}:WRITE`].sort().join(',')]: 'public-read-write',
    [`${AUTH_USERS}:READ`]: 'authenticated-read',
    [[`${LOG_DELIVERY}:READ_ACP`, `${LOG_DELIVERY}:WRITE`].sort().join(',')]: 'log-delivery-write',
  };
  return canned[sig] ?? 'custom';
}
