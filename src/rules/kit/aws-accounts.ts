/**
 * The accounts the inventory says are the user's own: the organization's members (Organizations data from
 * the management account's scan). Computed once per evaluation (`ctx.memo`): rules on every role, bucket and
 * key ask it.
 */
import { isKnown } from '../../model/core/index.js';
import type { RuleContext } from './rule.js';

/** Account ids of the organization, empty when the inventory holds no Organizations data. */
export function organizationMembers(ctx: RuleContext): ReadonlySet<string> {
  return ctx.memo('organizationMembers', () => {
    const ids = new Set<string>();
    for (const a of ctx.ofType('aws.organizations.account')) if (isKnown(a.properties.accountId)) ids.add(a.properties.accountId.value);
    return ids;
  });
}
