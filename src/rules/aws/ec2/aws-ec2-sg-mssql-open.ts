import { openPortRule } from '../../kit/index.js';

/** SQL Server exposed to the internet. */
export default openPortRule({
  id: 'aws-ec2-sg-mssql-open',
  ports: [1433, 1434],
  service: 'SQL Server',
  risk: 'Exposed SQL Server (and its UDP browser service) invites sa password brute-forcing, and xp_cmdshell turns a database login into command execution.',
  severity: 'high',
  transports: ['tcp', 'udp'],
});
