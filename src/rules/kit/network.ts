import { isKnown, type Value } from '../../model/core/index.js';
import type { SecurityGroupRule } from '../../model/aws/ec2.js';

export const WORLD_IPV4 = '0.0.0.0/0';
export const WORLD_IPV6 = '::/0';

/** Protocol values that mean "every protocol" across AWS APIs, Terraform and CloudFormation. */
export function isAllProtocols(protocol: string): boolean {
  const p = protocol.toLowerCase();
  return p === '-1' || p === 'all' || p === '' ;
}

/** Tri-state: does this rule admit the whole internet? undefined when the ranges are unresolvable. */
export function openToWorld(rule: SecurityGroupRule): boolean | undefined {
  const v4 = rule.ipv4Ranges;
  const v6 = rule.ipv6Ranges;
  if ((isKnown(v4) && v4.value.includes(WORLD_IPV4)) || (isKnown(v6) && v6.value.includes(WORLD_IPV6))) return true;
  if (!isKnown(v4) || !isKnown(v6)) return undefined;
  return false;
}

/** Tri-state: does this rule cover TCP `port`? undefined when protocol or ports are unresolvable. */
export function coversTcpPort(rule: SecurityGroupRule, port: number): boolean | undefined {
  if (!isKnown(rule.protocol)) return undefined;
  const proto = rule.protocol.value.toLowerCase();
  if (isAllProtocols(proto)) return true;
  if (proto !== 'tcp' && proto !== '6') return false;
  return portInRange(rule.fromPort, rule.toPort, port);
}

/** Tri-state: port within [from, to]; -1 or absent bounds mean all ports. */
export function portInRange(from: Value<number>, to: Value<number>, port: number): boolean | undefined {
  if (!isKnown(from) || !isKnown(to)) return undefined;
  if (from.value === -1 || to.value === -1) return true;
  return from.value <= port && port <= to.value;
}

/** Tri-state: does the rule admit every port of every protocol, or all TCP ports 0-65535? */
export function coversAllPorts(rule: SecurityGroupRule): boolean | undefined {
  if (!isKnown(rule.protocol)) return undefined;
  if (isAllProtocols(rule.protocol.value)) return true;
  if (!isKnown(rule.fromPort) || !isKnown(rule.toPort)) return undefined;
  return (rule.fromPort.value <= 0 || rule.fromPort.value === -1) && (rule.toPort.value >= 65535 || rule.toPort.value === -1);
}
