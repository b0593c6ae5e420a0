import { defineDetection } from '../../kit/detection.js';
import { azWho, bodyValue, digI, listOf, segmentAfter } from '../../kit/azure-events.js';
import { completedOperations } from '../../kit/azure-operations.js';

export default defineDetection({
  id: 'azure-activity-key-vault-firewall-opened',
  kind: 'stateful',
  title: 'Key vault firewall opened to all networks',
  severity: 'high',
  provider: 'azure',
  mitre: { tactic: 'Defense Evasion', technique: 'T1562.007', techniqueName: 'Impair Defenses: Disable or Modify Cloud Firewall' },
  description: 'A key vault was written with its network rules set to allow all networks (`networkAcls.defaultAction` Allow) or an IP rule for 0.0.0.0/0. A write that does not set network rules is not judged.',
  falsePositives: 'A vault that never had a firewall and is being re-deployed as before. Vaults holding production secrets should deny by default.',
  references: ['https://learn.microsoft.com/azure/key-vault/general/network-security'],
  create: completedOperations(['Microsoft.KeyVault/vaults/write'], (e, bodies) => {
    const acls = bodyValue(bodies, 'properties', 'networkAcls');
    const allow = String(digI(acls, ['defaultAction']) ?? '').toLowerCase() === 'allow';
    const anyIp = listOf(digI(acls, ['ipRules'])).some((r) => ['0.0.0.0/0', '0.0.0.0'].includes(String(digI(r, ['value']))));
    if (!allow && !anyIp) return undefined;
    return `${azWho(e)} opened key vault ${segmentAfter(e, 'vaults') ?? '(unknown)'} to ${allow ? 'all networks (default action Allow)' : 'every IP (0.0.0.0/0)'}`;
  }),
});
