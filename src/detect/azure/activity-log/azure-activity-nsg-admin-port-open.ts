import { defineDetection } from '../../kit/detection.js';
import { azWho, bodyValue, digI, isOp, listOf, resourceIdOf } from '../../kit/azure-events.js';
import { completedOperations } from '../../kit/azure-operations.js';

/** Remote administration: SSH, Telnet, RDP, WinRM. */
const ADMIN_PORTS = [22, 23, 3389, 5985, 5986];
const ANYWHERE = new Set(['*', 'internet', 'any', '0.0.0.0/0', '0.0.0.0', '::/0']);

export default defineDetection({
  id: 'azure-activity-nsg-admin-port-open',
  kind: 'stateful',
  title: 'Network security group rule allows admin ports from the internet',
  severity: 'high',
  provider: 'azure',
  mitre: { tactic: 'Initial Access', technique: 'T1133', techniqueName: 'External Remote Services' },
  description: `An inbound Allow rule was written (alone, or within a network security group) whose source is \`*\`, Internet or 0.0.0.0/0 and whose destination ports include ${ADMIN_PORTS.join(', ')}.`,
  falsePositives: 'A short-lived rule while a bastion is being set up. Azure Bastion or just-in-time access avoid open admin ports.',
  references: ['https://learn.microsoft.com/azure/virtual-network/network-security-groups-overview', 'https://learn.microsoft.com/azure/defender-for-cloud/just-in-time-access-usage'],
  create: completedOperations(['Microsoft.Network/networkSecurityGroups/securityRules/write', 'Microsoft.Network/networkSecurityGroups/write'], (e, bodies) => {
    const rules = isOp(e, 'Microsoft.Network/networkSecurityGroups/securityRules/write')
      ? [{ name: resourceIdOf(e).split('/').pop(), properties: bodyValue(bodies, 'properties') }]
      : listOf(bodyValue(bodies, 'properties', 'securityRules'));
    const open = rules.filter(opensAdminPort).map((r) => String(digI(r, ['name']) ?? '(unnamed)'));
    if (open.length === 0) return undefined;
    return `${azWho(e)} allowed admin ports from anywhere in rule ${open.join(', ')} of ${resourceIdOf(e)}`;
  }),
});

function opensAdminPort(rule: unknown): boolean {
  const p = (k: string) => digI(rule, ['properties', k]);
  if (String(p('access') ?? '').toLowerCase() !== 'allow' || String(p('direction') ?? '').toLowerCase() !== 'inbound') return false;
  const sources = [p('sourceAddressPrefix'), ...listOf(p('sourceAddressPrefixes'))].filter((s): s is string => typeof s === 'string');
  if (!sources.some((s) => ANYWHERE.has(s.toLowerCase()))) return false;
  const ports = [p('destinationPortRange'), ...listOf(p('destinationPortRanges'))].filter((s): s is string | number => typeof s === 'string' || typeof s === 'number');
  return ports.some((r) => ADMIN_PORTS.some((port) => covers(String(r), port)));
}

/** `*`, `22`, or `20-25` covering the port. */
function covers(range: string, port: number): boolean {
  if (range.trim() === '*') return true;
  const [lo, hi] = range.split('-').map((x) => Number(x.trim()));
  if (lo === undefined || !Number.isFinite(lo)) return false;
  return port >= lo && port <= (hi !== undefined && Number.isFinite(hi) ? hi : lo);
}
