import { defineDetectionExamples } from '../../kit/examples.js';
import { azExport, azOperation, azRest, RG } from '../../kit/azure-records.js';

const rule = (name: string, startIpAddress: string, endIpAddress: string) => ({
  operation: 'Microsoft.Sql/servers/firewallRules/write',
  resourceId: `${RG}/providers/Microsoft.Sql/servers/payments-sql/firewallRules/${name}`,
  request: { properties: { startIpAddress, endIpAddress } },
});

export default defineDetectionExamples({
  fires: [
    { name: 'Started record with the body, then Succeeded without it', records: azOperation(rule('open', '0.0.0.0', '255.255.255.255')) },
    { name: 'every IPv4 address', records: [azRest(rule('open', '0.0.0.0', '255.255.255.255'))] },
    { name: 'every IPv4 address (export)', records: [azExport(rule('temp', '0.0.0.0', '255.255.255.255'))] },
  ],
  quiet: [
    { name: 'Started record with the body, then Failed', records: azOperation(rule('open', '0.0.0.0', '255.255.255.255'), 'Failed') },
    { name: 'Azure services rule', records: [azRest(rule('AllowAllWindowsAzureIps', '0.0.0.0', '0.0.0.0'))] },
    { name: 'office range', records: [azRest(rule('office', '203.0.113.0', '203.0.113.255'))] },
  ],
});
