import { defineDetection } from '../../kit/detection.js';
import { azWho, bodyValue, digI, segmentAfter } from '../../kit/azure-events.js';
import { completedOperations } from '../../kit/azure-operations.js';

export default defineDetection({
  id: 'azure-activity-storage-network-opened',
  kind: 'stateful',
  title: 'Storage account firewall opened to all networks',
  severity: 'medium',
  provider: 'azure',
  mitre: { tactic: 'Defense Evasion', technique: 'T1562.007', techniqueName: 'Impair Defenses: Disable or Modify Cloud Firewall' },
  description: 'A storage account was written with `networkAcls.defaultAction` Allow: requests from any network reach the account (credentials are still needed). A write without network rules is not judged.',
  falsePositives: 'Accounts that serve public clients by design. Check whether the account was restricted to virtual networks before.',
  references: ['https://learn.microsoft.com/azure/storage/common/storage-network-security'],
  create: completedOperations(['Microsoft.Storage/storageAccounts/write'], (e, bodies) => {
    const action = digI(bodyValue(bodies, 'properties', 'networkAcls'), ['defaultAction']);
    if (typeof action !== 'string' || action.toLowerCase() !== 'allow') return undefined;
    return `${azWho(e)} set storage account ${segmentAfter(e, 'storageAccounts') ?? '(unknown)'} to allow all networks`;
  }),
});
