import { defineDetectionExamples } from '../../kit/examples.js';
import { azExport, azOperation, azRest, SUBSCRIPTION } from '../../kit/azure-records.js';

const plan = (name: string, pricingTier: string) => ({ operation: 'Microsoft.Security/pricings/write', resourceId: `/subscriptions/${SUBSCRIPTION}/providers/Microsoft.Security/pricings/${name}`, request: { properties: { pricingTier } } });

export default defineDetectionExamples({
  fires: [
    { name: 'Started record with the body, then Succeeded without it', records: azOperation(plan('SqlServers', 'Free')) },
    { name: 'servers plan set to Free', records: [azRest(plan('VirtualMachines', 'Free'))] },
    { name: 'key vault plan set to Free (export)', records: [azExport(plan('KeyVaults', 'free'))] },
  ],
  quiet: [
    { name: 'Started record with the body, then Failed', records: azOperation(plan('SqlServers', 'Free'), 'Failed') },
    { name: 'plan enabled', records: [azRest(plan('StorageAccounts', 'Standard'))] },
    { name: 'disabling refused', records: [azRest({ ...plan('VirtualMachines', 'Free'), status: 'Failed' })] },
  ],
});
