import { defineDetectionExamples } from '../../kit/examples.js';
import { azApp, azExport, azRest, RG } from '../../kit/azure-records.js';

const vm = `${RG}/providers/Microsoft.Compute/virtualMachines/pay-api-01`;
const run = { operation: 'Microsoft.Compute/virtualMachines/runCommand/action', resourceId: vm };

export default defineDetectionExamples({
  fires: [
    { name: 'run command: Accepted, then Succeeded (fires once)', records: [azRest({ ...run, status: 'Accepted' }), azRest({ ...run, minute: 2 })] },
    { name: 'by an application (export)', records: [azExport({ ...run, who: azApp() })] },
  ],
  quiet: [
    { name: 'run command refused', records: [azRest({ ...run, status: 'Failed' })] },
    { name: 'machine restarted', records: [azRest({ operation: 'Microsoft.Compute/virtualMachines/restart/action', resourceId: vm })] },
  ],
});
