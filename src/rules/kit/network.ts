import { isKnown } from '../../model/core/index.js';
import type { SecurityGroupRule } from '../../model/aws/ec2.js';

export const WORLD_IPV4 = '0.0.0.0/0';
export const WORLD_IPV6 = '::/0';

/** Protocol values that mean "every protocol" across AWS APIs, Terraform and CloudFormation. */
export function isAllProtocols(protocol: string): boolean {
  const p = protocol.toLowerCase();
  return p === '-1' || p === 'all' || p === '';
}

/** Tri-state: does this rule admit the whole internet? undefined when the ranges are unresolvable. */
export function openToWorld(rule: SecurityGroupRule): boolean | undefined {
  const v4 = rule.ipv4Ranges;
  const v6 = rule.ipv6Ranges;
  if ((isKnown(v4) && v4.value.includes(WORLD_IPV4)) || (isKnown(v6) && v6.value.includes(WORLD_IPV6))) return true;
  if (!isKnown(v4) || !isKnown(v6)) return undefined;
  return false;
}

