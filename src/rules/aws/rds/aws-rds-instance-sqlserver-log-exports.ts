import { rdsEngineLogRule } from '../../kit/aws-data-rds-logs.js';

export default rdsEngineLogRule({
  id: 'aws-rds-instance-sqlserver-log-exports',
  engineName: 'RDS for SQL Server',
  engine: /^sqlserver-/i,
  logs: ['error', 'agent'],
  control: 'rds-40',
  risk: 'SQL Server\'s error log records failed logins and server errors, the agent log the jobs that ran; without export they stay on the instance, where an intruder with admin rights can clear them and nobody can alarm on them.',
});
