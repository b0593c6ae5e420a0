import { defineDetection } from '../../kit/detection.js';
import { azWho, bodyValue, segmentAfter } from '../../kit/azure-events.js';
import { completedOperations } from '../../kit/azure-operations.js';

const SQL_FIREWALL_WRITES = ['Microsoft.Sql/servers/firewallRules/write', 'Microsoft.Synapse/workspaces/firewallRules/write', 'Microsoft.DBforPostgreSQL/flexibleServers/firewallRules/write', 'Microsoft.DBforMySQL/flexibleServers/firewallRules/write'];

export default defineDetection({
  id: 'azure-activity-sql-firewall-all-ips',
  kind: 'stateful',
  title: 'SQL server firewall rule allows every IPv4 address',
  severity: 'high',
  provider: 'azure',
  mitre: { tactic: 'Defense Evasion', technique: 'T1562.007', techniqueName: 'Impair Defenses: Disable or Modify Cloud Firewall' },
  description: 'A firewall rule from 0.0.0.0 to 255.255.255.255 was written on an Azure SQL server (or its Synapse or managed equivalents): the server accepts logins from the whole internet. The special 0.0.0.0-0.0.0.0 rule for Azure services is not this.',
  falsePositives: 'A throwaway test server. Production databases should be reached through private endpoints or named ranges.',
  references: ['https://learn.microsoft.com/azure/azure-sql/database/firewall-configure'],
  create: completedOperations(SQL_FIREWALL_WRITES, (e, bodies) => {
    if (bodyValue(bodies, 'properties', 'startIpAddress') !== '0.0.0.0' || bodyValue(bodies, 'properties', 'endIpAddress') !== '255.255.255.255') return undefined;
    return `${azWho(e)} opened ${segmentAfter(e, 'servers') ?? segmentAfter(e, 'workspaces') ?? segmentAfter(e, 'flexibleServers') ?? '(unknown server)'} to every IPv4 address (rule ${segmentAfter(e, 'firewallRules') ?? '(unnamed)'})`;
  }),
});
