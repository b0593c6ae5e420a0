import type { AuditEvent } from '../../model/audit/event.js';
import { asList, asString, asStrings, dig, req } from './aws-b-params.js';

/**
 * Public grants in an S3 ACL request (PutBucketAcl, PutObjectAcl, CreateBucket, PutObject), however the
 * caller gave them: a canned ACL header (`x-amz-acl: public-read`), explicit grant headers
 * (`x-amz-grant-read: uri="http://acs.amazonaws.com/groups/global/AllUsers"`), or an
 * `AccessControlPolicy` body. Returns readable grants like `AllUsers:READ`.
 */
const PUBLIC_GROUPS: Readonly<Record<string, string>> = {
  'http://acs.amazonaws.com/groups/global/AllUsers': 'AllUsers',
  'http://acs.amazonaws.com/groups/global/AuthenticatedUsers': 'AuthenticatedUsers',
};

const PUBLIC_CANNED: Readonly<Record<string, string>> = {
  'public-read': 'AllUsers:READ',
  'public-read-write': 'AllUsers:READ,WRITE',
  'authenticated-read': 'AuthenticatedUsers:READ',
};

const GRANT_HEADERS: Readonly<Record<string, string>> = {
  'x-amz-grant-read': 'READ',
  'x-amz-grant-write': 'WRITE',
  'x-amz-grant-read-acp': 'READ_ACP',
  'x-amz-grant-write-acp': 'WRITE_ACP',
  'x-amz-grant-full-control': 'FULL_CONTROL',
};

export function publicAclGrants(e: AuditEvent): string[] {
  const out = new Set<string>();
  for (const canned of asStrings(req(e, 'x-amz-acl'))) if (PUBLIC_CANNED[canned]) out.add(PUBLIC_CANNED[canned]);
  for (const [header, permission] of Object.entries(GRANT_HEADERS)) {
    for (const value of asStrings(req(e, header))) for (const [uri, group] of Object.entries(PUBLIC_GROUPS)) if (value.includes(uri)) out.add(`${group}:${permission}`);
  }
  for (const grant of asList(req(e, 'AccessControlPolicy', 'AccessControlList', 'Grant'))) {
    const uri = asString(dig(grant, ['Grantee', 'URI']));
    const group = uri ? PUBLIC_GROUPS[uri] : undefined;
    if (group) out.add(`${group}:${asString(dig(grant, ['Permission'])) ?? '?'}`);
  }
  return [...out];
}
