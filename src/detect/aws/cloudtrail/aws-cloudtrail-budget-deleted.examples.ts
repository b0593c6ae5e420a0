import { defineDetectionExamples } from '../../kit/examples.js';
import { ACCOUNT, call, failed, iamUser } from '../../kit/cloudtrail-records-a.js';

const budget = (eventName: string) => call('budgets.amazonaws.com', eventName, { accountId: ACCOUNT, budgetName: 'monthly-total' }, { userIdentity: iamUser('bob.dev') });

export default defineDetectionExamples({
  fires: [{ name: 'budget deleted', records: [budget('DeleteBudget')] }],
  quiet: [
    { name: 'budget read', records: [{ ...budget('DescribeBudget'), readOnly: true }] },
    { name: 'refused', records: [failed(budget('DeleteBudget'))] },
  ],
});
