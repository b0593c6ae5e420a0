/**
 * Service control policies that apply to a member account: those attached to the account itself, to every
 * OU above it and to the organization root. Relations come from the Organizations resources of the
 * management account's scan (an account's `parentId`, a unit's `parentId`, an SCP's `targets`).
 */
import { isKnown } from '../../model/core/index.js';
import type { OrganizationsAccount, OrganizationsScp } from '../../model/aws/organizations.js';
import { evidence } from './outcome.js';
import type { Evidence, RuleContext } from './rule.js';

export type ScpChain =
  | { readonly known: true; readonly targets: readonly string[]; readonly scps: readonly OrganizationsScp[]; readonly evidence: readonly Evidence[] }
  | { readonly known: false; readonly reason: string; readonly evidence: readonly Evidence[] };

/** Guards against a malformed hierarchy that loops. */
const MAX_DEPTH = 10;

/** The account's id, its OUs up to the root, and the SCPs attached to any of them. */
export function scpChain(account: OrganizationsAccount, ctx: RuleContext): ScpChain {
  const { accountId, parentId } = account.properties;
  if (!isKnown(accountId) || !isKnown(parentId)) return { known: false, reason: 'the account id or its parent is unknown', evidence: [evidence('parentId', parentId)] };
  const units = ctx.inAccount('aws.organizations.unit', account.account);
  const targets = [accountId.value];
  let parent: string = parentId.value;
  for (let depth = 0; depth < MAX_DEPTH; depth++) {
    targets.push(parent);
    if (parent.startsWith('r-')) break;
    const unit = units.find((u) => isKnown(u.properties.unitId) && u.properties.unitId.value === parent);
    if (!unit || !isKnown(unit.properties.parentId)) return { known: false, reason: `organizational unit ${parent} (or its parent) is not in the inventory`, evidence: [evidence('parentId', parentId)] };
    parent = unit.properties.parentId.value;
  }
  const all = ctx.inAccount('aws.organizations.scp', account.account);
  const unread = all.filter((p) => !isKnown(p.properties.targets) || !isKnown(p.properties.document));
  if (unread.length > 0) return { known: false, reason: `targets or document of ${unread.map((p) => p.name).join(', ')} could not be read`, evidence: unread.map((p) => evidence(`${p.uid}.targets`, p.properties.targets)) };
  const scps = all.filter((p) => isKnown(p.properties.targets) && p.properties.targets.value.some((t) => targets.includes(t)));
  return { known: true, targets, scps, evidence: [evidence('parentId', parentId), ...scps.map((p) => evidence(`${p.uid}.targets`, p.properties.targets))] };
}
