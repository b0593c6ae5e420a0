import { isKnown } from '../../../model/core/index.js';
import { rdsDefaultPort } from '../../../model/aws/data.js';
import { defineRule, evidence, fail, pass, unknown } from '../../kit/index.js';
import { standalone } from '../../kit/aws-data-rds.js';

export default defineRule({
  id: 'aws-rds-instance-default-port',
  title: 'RDS DB instance listens on its engine\'s default port',
  severity: 'low',
  provider: 'aws',
  service: 'rds',
  resourceType: 'aws.rds.instance',
  description: 'Standalone DB instances should listen on a port other than the engine default (5432 PostgreSQL, 3306 MySQL/MariaDB, 1521 Oracle, 1433 SQL Server, 50000 Db2). Aurora instances take the port of their cluster.',
  risk: 'Mass scanners probe the default database ports first; a non-default port does not replace network controls but keeps an exposed database out of the cheapest sweeps and makes probing stand out in flow logs.',
  remediation: {
    cli: 'aws rds modify-db-instance --db-instance-identifier DB --db-port-number 6432 --apply-immediately',
    terraform: `resource "aws_db_instance" "this" {
  # ...
  port = 6432
}`,
    cloudformation: `Type: AWS::RDS::DBInstance
Properties:
  Port: "6432"`,
    console: 'RDS > Databases > the instance > Modify > Connectivity > Additional configuration > Database port > Continue (the instance restarts).',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.DBInstance.Modifying.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-23',
  ],
  evaluate(db) {
    const { engine, port } = db.properties;
    if (!standalone(db.properties)) return undefined;
    const ev = [evidence('port', port), evidence('engine', engine)];
    if (!isKnown(engine)) return unknown(`engine could not be determined: ${engine.reason ?? 'unresolvable'}`, ...ev);
    const def = rdsDefaultPort(engine.value);
    if (def === undefined) return undefined;
    if (!isKnown(port)) return unknown(`port could not be determined: ${port.reason ?? 'unresolvable'}`, ...ev);
    return port.value === def ? fail(`The instance listens on ${engine.value}'s default port ${def}`, ...ev) : pass(`The instance listens on port ${port.value}, not the default ${def}`, ...ev);
  },
});
