import { defineDetection } from '../../kit/detection.js';
import { azWho, bodyValue, flag, segmentAfter } from '../../kit/azure-events.js';
import { completedOperations } from '../../kit/azure-operations.js';

export default defineDetection({
  id: 'azure-activity-storage-shared-key-enabled',
  kind: 'stateful',
  title: 'Shared key access enabled on a storage account',
  severity: 'medium',
  provider: 'azure',
  mitre: { tactic: 'Persistence', technique: 'T1098.001', techniqueName: 'Account Manipulation: Additional Cloud Credentials' },
  description: 'A storage account was written with `allowSharedKeyAccess` true: the account keys (and SAS tokens signed with them) work again, bypassing Entra ID, RBAC and its audit trail.',
  falsePositives: 'A legacy tool that only speaks shared key. Prefer Entra ID authorization and user-delegation SAS.',
  references: ['https://learn.microsoft.com/azure/storage/common/shared-key-authorization-prevent'],
  create: completedOperations(['Microsoft.Storage/storageAccounts/write'], (e, bodies) => {
    if (flag(bodyValue(bodies, 'properties', 'allowSharedKeyAccess')) !== true) return undefined;
    return `${azWho(e)} enabled shared key access on storage account ${segmentAfter(e, 'storageAccounts') ?? '(unknown)'}`;
  }),
});
