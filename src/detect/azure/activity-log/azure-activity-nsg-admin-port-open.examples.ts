import { defineDetectionExamples } from '../../kit/examples.js';
import { azExport, azOperation, azRest, RG } from '../../kit/azure-records.js';

const nsg = `${RG}/providers/Microsoft.Network/networkSecurityGroups/web-nsg`;
const rule = (name: string, props: Record<string, unknown>) => ({
  operation: 'Microsoft.Network/networkSecurityGroups/securityRules/write',
  resourceId: `${nsg}/securityRules/${name}`,
  request: { properties: { protocol: 'Tcp', sourcePortRange: '*', destinationAddressPrefix: '*', access: 'Allow', priority: 100, direction: 'Inbound', ...props } },
});

export default defineDetectionExamples({
  fires: [
    { name: 'Started record with the body, then Succeeded without it', records: azOperation(rule('allow-rdp', { sourceAddressPrefix: 'Internet', destinationPortRange: '3389' })) },
    { name: 'SSH from *', records: [azRest(rule('allow-ssh', { sourceAddressPrefix: '*', destinationPortRange: '22' }))] },
    { name: 'RDP in a range, from Internet (export)', records: [azExport(rule('allow-mgmt', { sourceAddressPrefix: 'Internet', destinationPortRanges: ['443', '3380-3390'] }))] },
    {
      name: 'whole NSG written with an open rule',
      records: [azRest({ operation: 'Microsoft.Network/networkSecurityGroups/write', resourceId: nsg, request: { location: 'westeurope', properties: { securityRules: [{ name: 'any-any', properties: { access: 'Allow', direction: 'Inbound', sourceAddressPrefix: '0.0.0.0/0', destinationPortRange: '*', protocol: '*', priority: 200 } }] } } })],
    },
  ],
  quiet: [
    { name: 'Started record with the body, then Failed', records: azOperation(rule('allow-rdp', { sourceAddressPrefix: 'Internet', destinationPortRange: '3389' }), 'Failed') },
    { name: 'HTTPS from *', records: [azRest(rule('allow-https', { sourceAddressPrefix: '*', destinationPortRange: '443' }))] },
    { name: 'SSH from the office range', records: [azRest(rule('allow-ssh', { sourceAddressPrefix: '203.0.113.0/24', destinationPortRange: '22' }))] },
    { name: 'deny rule for SSH from *', records: [azRest(rule('deny-ssh', { sourceAddressPrefix: '*', destinationPortRange: '22', access: 'Deny' }))] },
  ],
});
