/** Shared reasoning about AMIs: their age, and what an instance's launch image says about its origin. */
import { isKnown } from '../../model/core/index.js';
import type { Ec2Instance, LaunchImage } from '../../model/aws/ec2.js';
import { evidence, unknown } from './outcome.js';
import type { Evidence, Outcome } from './rule.js';

/** An image older than this is missing half a year of patches (Security Hub and Prowler use the same bound). */
export const AMI_MAX_AGE_DAYS = 180;

/** Whole days from an ISO date to `now`, or null when the date does not parse. */
export function ageInDays(iso: string, now: Date): number | null {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? null : Math.floor((now.getTime() - t) / 86_400_000);
}

/** Owner aliases AWS vouches for: Amazon's own images and Marketplace sellers it reviews. */
export const VERIFIED_OWNER_ALIASES: readonly string[] = ['amazon', 'aws-marketplace'];

/**
 * The instance's launch image, or an outcome when it cannot be judged: undefined for IaC (the image is
 * resolved at launch) and for sources that do not collect it; unknown when the lookup failed.
 */
export function launchImageOf(instance: Ec2Instance): { image: LaunchImage | null; ev: Evidence } | Outcome | undefined {
  if (instance.origin.kind === 'iac') return undefined;
  const li = instance.properties.launchImage;
  if (li === undefined) return undefined;
  const ev = evidence('launchImage', li);
  if (!isKnown(li)) return unknown(`the instance's AMI could not be looked up: ${li.reason ?? 'unresolvable'}`, ev);
  return { image: li.value, ev };
}
