import { isKnown } from '../../../model/core/index.js';
import { check, defineRule, evidence, unknown } from '../../kit/index.js';

/** Aurora MySQL is the only engine with Backtrack (`aurora` is the MySQL 5.6-compatible original). */
const BACKTRACK_ENGINES = /^aurora(-mysql)?$/i;

export default defineRule({
  id: 'aws-rds-cluster-backtrack',
  title: 'Aurora MySQL cluster does not have Backtrack enabled',
  severity: 'low',
  provider: 'aws',
  service: 'rds',
  resourceType: 'aws.rds.cluster',
  description: 'Aurora MySQL clusters should enable Backtrack (a target window above zero), which rewinds the cluster to a point in time in minutes without restoring a new cluster. Other engines have no Backtrack and are not judged.',
  risk: 'After a destructive statement, a bad migration or an intruder\'s tampering, recovery means a point-in-time restore into a new cluster and repointing every application: hours of downtime instead of minutes.',
  remediation: {
    cli: 'aws rds modify-db-cluster --db-cluster-identifier CLUSTER --backtrack-window 86400 --apply-immediately',
    terraform: `resource "aws_rds_cluster" "this" {
  engine           = "aurora-mysql"
  # ...
  backtrack_window = 86400   # seconds (24 hours)
}`,
    cloudformation: `Type: AWS::RDS::DBCluster
Properties:
  Engine: aurora-mysql
  BacktrackWindow: 86400`,
    console: 'RDS > Databases > the cluster > Modify > Backtrack > Enable Backtrack, target window 24 hours > Continue.',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/AuroraMySQL.Managing.Backtrack.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-14',
  ],
  evaluate(cluster) {
    const engine = cluster.properties.engine;
    if (!isKnown(engine)) return unknown(`The engine, and so whether Backtrack applies, could not be determined: ${engine.reason ?? 'unresolvable'}`, evidence('engine', engine));
    if (!BACKTRACK_ENGINES.test(engine.value)) return undefined;
    return check('backtrackWindowSeconds', cluster.properties.backtrackWindowSeconds, (s) => s > 0, {
      pass: 'Backtrack is enabled',
      fail: 'Backtrack is not enabled on this Aurora MySQL cluster',
    });
  },
});
