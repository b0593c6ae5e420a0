import { defineDetection } from '../../kit/detection.js';
import { azWho, completedOp, resourceIdOf } from '../../kit/azure-events.js';

export default defineDetection({
  id: 'azure-activity-key-vault-purged',
  kind: 'event',
  title: 'Deleted key vault purged',
  severity: 'critical',
  provider: 'azure',
  mitre: { tactic: 'Impact', technique: 'T1485', techniqueName: 'Data Destruction' },
  description: 'A soft-deleted key vault was purged: its keys, secrets and certificates are gone for good, and data encrypted with its keys cannot be decrypted again.',
  falsePositives: 'Cleaning up a test vault to reuse its name. Production vaults should have purge protection, which makes this impossible.',
  references: ['https://learn.microsoft.com/azure/key-vault/general/soft-delete-overview'],
  match(e) {
    if (!completedOp(e, 'Microsoft.KeyVault/locations/deletedVaults/purge/action')) return undefined;
    return `${azWho(e)} purged deleted key vault ${resourceIdOf(e)}`;
  },
});
