import { defineDetection } from '../../kit/detection.js';
import { azWho, bodyValue, segmentAfter } from '../../kit/azure-events.js';
import { completedOperations } from '../../kit/azure-operations.js';

export default defineDetection({
  id: 'azure-activity-defender-plan-disabled',
  kind: 'stateful',
  title: 'Microsoft Defender for Cloud plan disabled',
  severity: 'high',
  provider: 'azure',
  mitre: { tactic: 'Defense Evasion', technique: 'T1562.001', techniqueName: 'Impair Defenses: Disable or Modify Tools' },
  description: 'A Defender for Cloud plan (servers, storage, Key Vault, SQL, containers...) was set to the Free tier: its threat detection for that resource type stops.',
  falsePositives: 'Cost reviews that drop a plan for resource types the subscription does not use. Check which plan and whether such resources exist.',
  references: ['https://learn.microsoft.com/azure/defender-for-cloud/enable-enhanced-security', 'https://learn.microsoft.com/rest/api/defenderforcloud/pricings/update'],
  create: completedOperations(['Microsoft.Security/pricings/write'], (e, bodies) => {
    const tier = bodyValue(bodies, 'properties', 'pricingTier');
    if (typeof tier !== 'string' || tier.toLowerCase() !== 'free') return undefined;
    return `${azWho(e)} disabled the Defender for Cloud plan ${segmentAfter(e, 'pricings') ?? '(unknown)'}`;
  }),
});
