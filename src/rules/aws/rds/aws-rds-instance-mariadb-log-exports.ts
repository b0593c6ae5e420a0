import { rdsEngineLogRule } from '../../kit/aws-data-rds-logs.js';

export default rdsEngineLogRule({
  id: 'aws-rds-instance-mariadb-log-exports',
  engineName: 'RDS for MariaDB',
  engine: /^mariadb$/i,
  logs: ['audit', 'error', 'general', 'slowquery'],
  control: 'rds-42',
  risk: 'The audit and general logs are MariaDB\'s record of who connected and what they ran, the error and slow-query logs its trace of attacks that fail or scan; unexported, they rotate away on the instance and cannot be alarmed on.',
});
