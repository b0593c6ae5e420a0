import { rdsEngineLogRule } from '../../kit/aws-data-rds-logs.js';

export default rdsEngineLogRule({
  id: 'aws-rds-instance-postgres-log-exports',
  engineName: 'RDS for PostgreSQL',
  engine: /^postgres$/i,
  logs: ['postgresql'],
  control: 'rds-36',
  risk: 'The postgresql log holds failed authentications, errors from injected statements and, with log settings on, the statements themselves; kept only on the instance it rotates away within days and vanishes with the instance.',
});
