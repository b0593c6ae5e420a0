import { defineDetectionExamples } from '../../kit/examples.js';
import { azExport, azOperation, azRest, RG, TENANT } from '../../kit/azure-records.js';

const policy = (permissions: Record<string, string[]>) => ({
  operation: 'Microsoft.KeyVault/vaults/accessPolicies/write',
  resourceId: `${RG}/providers/Microsoft.KeyVault/vaults/kv-payments-prod/accessPolicies/add`,
  request: { properties: { accessPolicies: [{ tenantId: TENANT, objectId: '2a2a2a2a-0000-4000-8000-00000000cafe', permissions }] } },
});

export default defineDetectionExamples({
  fires: [
    { name: 'Started record with the body, then Succeeded without it', records: azOperation(policy({ secrets: ['all'] })) },
    { name: 'all secret permissions', records: [azRest(policy({ secrets: ['all'], keys: ['get'] }))] },
    { name: 'all on keys and certificates (export)', records: [azExport(policy({ keys: ['All'], certificates: ['all'] }))] },
  ],
  quiet: [
    { name: 'Started record with the body, then Failed', records: azOperation(policy({ secrets: ['all'] }), 'Failed') },
    { name: 'get and list on secrets', records: [azRest(policy({ secrets: ['get', 'list'] }))] },
    { name: 'the same policy refused', records: [azRest({ ...policy({ secrets: ['all'] }), status: 'Failed' })] },
  ],
});
