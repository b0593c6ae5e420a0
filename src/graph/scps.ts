/**
 * Service control policies per account, as the evaluator takes them: one list per level of the account's path
 * in the organization, root first, then each OU down to the account itself. The relations come from the
 * management account's Organizations resources (an account's `parentId`, a unit's `parentId`, an SCP's
 * `targets`). An account the organization data does not place (not scanned with `--org`, a hierarchy with a
 * unit missing, an SCP whose document could not be read) gets no SCPs: the graph then decides on the IAM
 * policies alone, and says so in the decision's explanation being the identity one.
 */
import { isKnown, type Resource } from '../model/core/index.js';
import type { OrganizationsAccountProperties, OrganizationsScpProperties, OrganizationsUnitProperties } from '../model/aws/organizations.js';
import type { NamedPolicy } from './iam/types.js';

const MAX_DEPTH = 10;
const ASSUMED_FULL_ACCESS: NamedPolicy = { id: 'scp:FullAWSAccess (assumed: the level lists no allowing SCP)', document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] } };

export class ScpIndex {
  private readonly accounts = new Map<string, OrganizationsAccountProperties>();
  private readonly unitParent = new Map<string, string>();
  private readonly byTarget = new Map<string, NamedPolicy[]>();
  private readonly unreadable: boolean;
  private readonly cache = new Map<string, readonly (readonly NamedPolicy[])[] | undefined>();

  constructor(resources: Iterable<Resource>) {
    let unreadable = false;
    for (const r of resources) {
      if (r.type === 'aws.organizations.account') {
        const p = r.properties as OrganizationsAccountProperties;
        if (isKnown(p.accountId)) this.accounts.set(p.accountId.value, p);
      } else if (r.type === 'aws.organizations.unit') {
        const p = r.properties as OrganizationsUnitProperties;
        if (isKnown(p.unitId) && isKnown(p.parentId)) this.unitParent.set(p.unitId.value, p.parentId.value);
      } else if (r.type === 'aws.organizations.scp') {
        const p = r.properties as OrganizationsScpProperties;
        if (!isKnown(p.targets) || !isKnown(p.document)) {
          unreadable = true;
          continue;
        }
        const policy: NamedPolicy = { id: `scp:${isKnown(p.policyName) ? p.policyName.value : r.name}`, document: p.document.value };
        for (const t of p.targets.value) {
          const l = this.byTarget.get(t);
          if (l) l.push(policy);
          else this.byTarget.set(t, [policy]);
        }
      }
    }
    this.unreadable = unreadable;
  }

  /** The SCP levels of an account, root first; undefined when none apply or they cannot be known. */
  levels(account: string | undefined): readonly (readonly NamedPolicy[])[] | undefined {
    if (account === undefined || this.unreadable) return undefined;
    if (this.cache.has(account)) return this.cache.get(account);
    const out = this.compute(account);
    this.cache.set(account, out);
    return out;
  }

  private compute(account: string): readonly (readonly NamedPolicy[])[] | undefined {
    const a = this.accounts.get(account);
    // SCPs never govern the management account.
    if (!a || !isKnown(a.parentId) || (isKnown(a.isManagementAccount) && a.isManagementAccount.value)) return undefined;
    const chain = [account];
    let parent: string | undefined = a.parentId.value;
    for (let depth = 0; parent !== undefined && depth < MAX_DEPTH; depth++) {
      chain.push(parent);
      if (parent.startsWith('r-')) break;
      parent = this.unitParent.get(parent);
    }
    if (!chain[chain.length - 1]!.startsWith('r-')) return undefined;
    // A level whose SCPs allow nothing at all would deny every action of every principal in the account, which
    // no working organization has: such a level means the data lacks its allow (FullAWSAccess not listed), so
    // its denies are kept and the allow is assumed, rather than reading every request as denied.
    const levels = chain.reverse().map((target) => {
      const attached = this.byTarget.get(target) ?? [];
      return attached.some((p) => p.document.Statement.some((st) => st.Effect === 'Allow')) ? attached : [...attached, ASSUMED_FULL_ACCESS];
    });
    return levels.some((l) => l.length > 1 || l[0] !== ASSUMED_FULL_ACCESS) ? levels : undefined;
  }
}
