import { defineDetection } from '../../kit/detection.js';
import { azWho, completedOp, resourceIdOf } from '../../kit/azure-events.js';

export default defineDetection({
  id: 'azure-activity-resource-lock-deleted',
  kind: 'event',
  title: 'Resource lock deleted',
  severity: 'medium',
  provider: 'azure',
  mitre: { tactic: 'Impact', technique: 'T1485', techniqueName: 'Data Destruction' },
  description: 'A management lock (CanNotDelete or ReadOnly) was removed: the resources it protected can now be changed or deleted; removing a lock is often the step before destroying what it guarded.',
  falsePositives: 'Planned maintenance that needs the lock lifted. Check the lock is put back afterwards.',
  references: ['https://learn.microsoft.com/azure/azure-resource-manager/management/lock-resources'],
  match(e) {
    if (!completedOp(e, 'Microsoft.Authorization/locks/delete')) return undefined;
    return `${azWho(e)} deleted lock ${resourceIdOf(e)}`;
  },
});
