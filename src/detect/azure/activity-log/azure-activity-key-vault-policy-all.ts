import { defineDetection } from '../../kit/detection.js';
import { azWho, bodyValue, digI, listOf, segmentAfter } from '../../kit/azure-events.js';
import { completedOperations } from '../../kit/azure-operations.js';

const KINDS = ['keys', 'secrets', 'certificates', 'storage'] as const;

export default defineDetection({
  id: 'azure-activity-key-vault-policy-all',
  kind: 'stateful',
  title: 'Key vault access policy grants all permissions',
  severity: 'high',
  provider: 'azure',
  mitre: { tactic: 'Credential Access', technique: 'T1555.006', techniqueName: 'Credentials from Password Stores: Cloud Secrets Management Stores' },
  description: 'A key vault access policy was written that grants `all` on keys, secrets or certificates: the principal can read every secret and purge the vault.',
  falsePositives: 'Granting the vault owner full rights at creation. Applications need get/list on secrets, rarely more.',
  references: ['https://learn.microsoft.com/azure/key-vault/general/assign-access-policy'],
  create: completedOperations(['Microsoft.KeyVault/vaults/accessPolicies/write', 'Microsoft.KeyVault/vaults/write'], (e, bodies) => {
    const grants: string[] = [];
    for (const p of listOf(bodyValue(bodies, 'properties', 'accessPolicies'))) {
      const kinds = KINDS.filter((k) => listOf(digI(p, ['permissions', k])).some((x) => typeof x === 'string' && (x.toLowerCase() === 'all' || x === '*')));
      if (kinds.length > 0) grants.push(`${String(digI(p, ['objectId']) ?? '(unknown)')} (${kinds.join(', ')})`);
    }
    if (grants.length === 0) return undefined;
    return `${azWho(e)} granted all permissions on key vault ${segmentAfter(e, 'vaults') ?? '(unknown)'} to ${grants.join('; ')}`;
  }),
});
