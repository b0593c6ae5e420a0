import { defineDetection } from '../../kit/detection.js';
import { azWho, completedOp, segmentAfter } from '../../kit/azure-events.js';

export default defineDetection({
  id: 'azure-activity-key-vault-deleted',
  kind: 'event',
  title: 'Key vault deleted',
  severity: 'high',
  provider: 'azure',
  mitre: { tactic: 'Impact', technique: 'T1485', techniqueName: 'Data Destruction' },
  description: 'A key vault was deleted. With soft delete it can be recovered until purged; the applications that read its secrets fail at once.',
  falsePositives: 'Decommissioning an environment. Check the vault belonged to a resource group being torn down.',
  references: ['https://learn.microsoft.com/azure/key-vault/general/soft-delete-overview'],
  match(e) {
    if (!completedOp(e, 'Microsoft.KeyVault/vaults/delete')) return undefined;
    return `${azWho(e)} deleted key vault ${segmentAfter(e, 'vaults') ?? '(unknown)'}`;
  },
});
