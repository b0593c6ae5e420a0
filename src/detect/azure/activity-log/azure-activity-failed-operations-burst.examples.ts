import { defineDetectionExamples } from '../../kit/examples.js';
import { azExport, azRest, azUser, RG } from '../../kit/azure-records.js';

const ops = ['Microsoft.Compute/virtualMachines/write', 'Microsoft.KeyVault/vaults/write', 'Microsoft.Authorization/roleAssignments/write', 'Microsoft.Storage/storageAccounts/listKeys/action', 'Microsoft.Network/networkSecurityGroups/write'];
const failure = (i: number, upn = 'intruder@contoso.com') => azRest({ operation: ops[i % ops.length]!, resourceId: `${RG}/providers/x/y/r${i}`, status: 'Failed', minute: i * 0.5, who: azUser(upn, 'Intruder') });

export default defineDetectionExamples({
  fires: [
    { name: 'ten failures in five minutes', records: Array.from({ length: 10 }, (_, i) => failure(i)) },
    { name: 'ten failures in the export format', records: Array.from({ length: 10 }, (_, i) => azExport({ operation: ops[i % ops.length]!, resourceId: `${RG}/providers/x/y/r${i}`, status: 'Failed', minute: i })) },
  ],
  quiet: [
    { name: 'nine failures', records: Array.from({ length: 9 }, (_, i) => failure(i)) },
    { name: 'ten failures by ten callers', records: Array.from({ length: 10 }, (_, i) => failure(i, `user${i}@contoso.com`)) },
    { name: 'ten failed reads', records: Array.from({ length: 10 }, (_, i) => azRest({ operation: 'Microsoft.Compute/virtualMachines/read', resourceId: `${RG}/providers/x/y/r${i}`, status: 'Failed', minute: i * 0.5 })) },
  ],
});
