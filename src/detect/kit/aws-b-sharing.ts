import type { AuditEvent } from '../../model/audit/event.js';
import type { DetectContext } from './detection.js';
import { isUnknownAccount } from './aws-b-policy.js';
import { asList, asString, asStrings, dig, req } from './aws-b-params.js';

/**
 * Who a snapshot or image is being shared with, from the request: EC2 lists added permissions as
 * `{add: {items: [{group: 'all'} | {userId}]}}` (ModifySnapshotAttribute `createVolumePermission`,
 * ModifyImageAttribute `launchPermission`); RDS as `attributeName: 'restore'` with `valuesToAdd`
 * (account ids, or `all`).
 */
export interface Sharing {
  readonly public: boolean;
  readonly accounts: readonly string[];
}

export function ec2Sharing(e: AuditEvent, attribute: 'createVolumePermission' | 'launchPermission'): Sharing {
  const added = asList(req(e, attribute, 'add'));
  return {
    public: added.some((a) => asString(dig(a, ['group'])) === 'all'),
    accounts: added.map((a) => asString(dig(a, ['userId']))).filter((a): a is string => a !== undefined),
  };
}

export function rdsSharing(e: AuditEvent): Sharing {
  if (asString(req(e, 'attributeName')) !== 'restore') return { public: false, accounts: [] };
  const values = asStrings(req(e, 'valuesToAdd'));
  return { public: values.includes('all'), accounts: values.filter((v) => v !== 'all') };
}

/** The accounts outside the organization (see `isUnknownAccount`). */
export function unknownAccounts(s: Sharing, e: AuditEvent, ctx: DetectContext): string[] {
  return s.accounts.filter((a) => isUnknownAccount(a, e.account, ctx.knownAccounts));
}
