import type { AuditEvent } from '../../model/audit/event.js';
import { asList, asNumber, asString, dig, req } from './aws-b-params.js';

/** One ingress rule opened to the whole internet. */
export interface WorldOpening {
  /** `tcp`, `udp`, `icmp`, or `-1` for all protocols. */
  readonly protocol: string;
  readonly fromPort?: number;
  readonly toPort?: number;
  readonly cidr: '0.0.0.0/0' | '::/0';
}

export const WORLD = ['0.0.0.0/0', '::/0'] as const;

/**
 * Rules an AuthorizeSecurityGroupIngress (classic `ipPermissions.items[].ipRanges.items[].cidrIp`) or
 * ModifySecurityGroupRules (`SecurityGroupRule.CidrIpv4/CidrIpv6`) request opens to 0.0.0.0/0 or ::/0.
 */
export function worldOpenings(e: AuditEvent): WorldOpening[] {
  const out: WorldOpening[] = [];
  for (const p of asList(req(e, 'ipPermissions'))) {
    const cidrs = [...asList(dig(p, ['ipRanges'])).map((r) => asString(dig(r, ['cidrIp']))), ...asList(dig(p, ['ipv6Ranges'])).map((r) => asString(dig(r, ['cidrIpv6'])))];
    for (const cidr of cidrs) if (isWorld(cidr)) out.push(opening(dig(p, ['ipProtocol']), dig(p, ['fromPort']), dig(p, ['toPort']), cidr));
  }
  const modify = req(e, 'ModifySecurityGroupRulesRequest');
  for (const wrapper of asList(dig(modify, ['SecurityGroupRule']))) {
    const rule = dig(wrapper, ['SecurityGroupRule']) ?? wrapper;
    for (const cidr of [asString(dig(rule, ['CidrIpv4'])), asString(dig(rule, ['CidrIpv6']))]) if (isWorld(cidr)) out.push(opening(dig(rule, ['IpProtocol']), dig(rule, ['FromPort']), dig(rule, ['ToPort']), cidr));
  }
  return out;
}

function isWorld(cidr: string | undefined): cidr is WorldOpening['cidr'] {
  return cidr === '0.0.0.0/0' || cidr === '::/0';
}

function opening(protocol: unknown, from: unknown, to: unknown, cidr: WorldOpening['cidr']): WorldOpening {
  const f = asNumber(from);
  const t = asNumber(to);
  return { protocol: (asString(protocol) ?? '-1').toLowerCase(), ...(f !== undefined ? { fromPort: f } : {}), ...(t !== undefined ? { toPort: t } : {}), cidr };
}

/**
 * Remote administration and database ports: SSH, RDP, telnet, VNC, WinRM, SMB, and the database and cache
 * ports that should never face the internet.
 */
export const ADMIN_PORTS: ReadonlySet<number> = new Set([22, 23, 445, 1433, 1521, 2375, 2376, 3306, 3389, 5432, 5900, 5985, 5986, 6379, 9200, 11211, 27017]);

/** Whether the opening covers every port (all protocols, or a full range) or an admin/database port. */
export function exposesAdmin(o: WorldOpening): boolean {
  if (o.protocol === '-1' || o.protocol === 'all') return true;
  if (o.protocol !== 'tcp' && o.protocol !== '6' && o.protocol !== 'udp' && o.protocol !== '17') return false;
  const from = o.fromPort ?? 0;
  const to = o.toPort ?? 65535;
  if (from <= 0 && to >= 65535) return true;
  for (const p of ADMIN_PORTS) if (p >= from && p <= to) return true;
  return false;
}

export function describeOpening(o: WorldOpening): string {
  const ports = o.protocol === '-1' ? 'all traffic' : o.fromPort === o.toPort ? `${o.protocol}/${o.fromPort ?? '*'}` : `${o.protocol}/${o.fromPort ?? 0}-${o.toPort ?? 65535}`;
  return `${ports} from ${o.cidr}`;
}
