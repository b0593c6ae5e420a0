import { defineDetection } from '../../kit/detection.js';
import { callEvenViaService, paramStr, who } from '../../kit/aws-a-events.js';

export default defineDetection({
  id: 'aws-cloudtrail-budget-deleted',
  kind: 'event',
  services: ['budgets'],
  actions: ['DeleteBudget'],
  title: 'Cost budget deleted',
  severity: 'low',
  provider: 'aws',
  mitre: { tactic: 'Defense Evasion', technique: 'T1562.001', techniqueName: 'Impair Defenses: Disable or Modify Tools' },
  description: 'An AWS Budgets budget was deleted, and with it its alerts. Budget alerts are often the first sign of crypto-mining on stolen credentials; removing them buys an intruder time.',
  falsePositives: 'Replacing budgets with new ones (a create usually follows) or cleaning up after a project.',
  references: ['https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_budgets_DeleteBudget.html'],
  match(e) {
    return callEvenViaService(e, 'budgets', ['DeleteBudget']) ? `${who(e)} deleted budget ${paramStr(e, 'budgetName') ?? '(unnamed)'}` : undefined;
  },
});
