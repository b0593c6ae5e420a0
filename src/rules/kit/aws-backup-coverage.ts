/**
 * Whether a data store is in some AWS Backup selection of its account and region: by an ARN pattern of the
 * selection's resources, or by one of its tag conditions. Judged on live inventories only: an IaC
 * configuration rarely declares the plans that protect its resources (they live in a platform repository), so
 * "no selection here" says nothing there. Unknown when the region's plans or a plan's selections could not be read.
 */
import { isKnown, type Resource } from '../../model/core/index.js';
import type { BackupSelection } from '../../model/aws/containers.js';
import { wildcardMatch } from './aws-policy.js';
import { evidence, fail, pass, unknown } from './outcome.js';
import type { Outcome, RuleContext } from './rule.js';

function selects(sel: BackupSelection, arn: string, tags: Readonly<Record<string, string>>): string | undefined {
  if (sel.resources.some((p) => wildcardMatch(p, arn, false))) return `selection ${sel.name} names it by ARN`;
  const tag = sel.tags.find((t) => tags[t.key] === t.value);
  return tag ? `selection ${sel.name} picks it by the tag ${tag.key}=${tag.value}` : undefined;
}

/** The coverage verdict for a data store (whose uid is its ARN on live inventories). */
export function judgeBackupCoverage(store: Resource, what: string, ctx: RuleContext): Outcome | undefined {
  if (ctx.sourceKind === 'iac') return undefined;
  // A scan that left AWS Backup out entirely (`--services`, an import) says nothing about coverage: the rule
  // does not apply. One that scanned Backup elsewhere but not in this store's region cannot tell: unknown.
  if (ctx.ofType('aws.backup.region').length === 0) return undefined;
  const region = ctx.inAccount('aws.backup.region', store.account, store.region)[0];
  if (!region) return unknown(`AWS Backup was not scanned in ${store.region ?? 'this region'}, so whether a plan covers the ${what} is not known`);
  const plans = region.properties.plans;
  const ev = evidence('plans', plans);
  if (!isKnown(plans)) return unknown(`the backup plans of the region could not be listed: ${plans.reason ?? 'unresolvable'}`, ev);
  const tags = isKnown(store.tags) ? store.tags.value : {};
  const unread: string[] = [];
  let byTag = false;
  for (const plan of ctx.inAccount('aws.backup.plan', store.account, store.region)) {
    const sels = plan.properties.selections;
    if (!isKnown(sels)) {
      unread.push(plan.name);
      continue;
    }
    for (const sel of sels.value) {
      byTag ||= sel.tags.length > 0;
      const why = selects(sel, store.uid, tags);
      if (why) return pass(`backup plan ${plan.name} covers the ${what}: ${why}`, evidence('selections', sels));
    }
  }
  if (unread.length > 0) return unknown(`no readable selection covers the ${what}, and the selections of ${unread.join(', ')} could not be read`, ev);
  // Tags only decide when some selection picks by tag (a collector may not read a store's tags).
  if (byTag && !isKnown(store.tags)) return unknown(`no selection names the ${what} by ARN, and its tags (which a selection picks by) are not known`, ev);
  return fail(plans.value.length === 0 ? `the region has no backup plan, so nothing backs up the ${what}` : `no backup selection of the region's ${plans.value.length} plan(s) covers the ${what}`, ev);
}
