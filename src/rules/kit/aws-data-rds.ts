/** Shared judgements of the RDS rules: well-known master user names, and which instances stand alone. */
import { isKnown, type Value } from '../../model/core/index.js';
import type { RdsInstanceProperties } from '../../model/aws/data.js';
import { check } from './outcome.js';
import type { Outcome } from './rule.js';

/** Master user names that engines, consoles and tutorials propose: the first ones a password-spraying attacker tries. */
export const DEFAULT_MASTER_USERNAMES: readonly string[] = ['admin', 'administrator', 'root', 'postgres', 'master', 'sa', 'awsuser', 'rdsadmin', 'dbadmin', 'mysql', 'user', 'test'];

/** Pass when the master user name is not a well-known default; unknown when it is not known. */
export function masterUsernameOutcome(name: Value<string>): Outcome {
  return check('masterUsername', name, (n) => !DEFAULT_MASTER_USERNAMES.includes(n.toLowerCase()), {
    pass: `The master user name is not a well-known default`,
    fail: `The master user name "${String(name.value)}" is a well-known default`,
  });
}

/** Whether an instance is known to stand alone (not an Aurora cluster member, which the cluster rules judge). */
export function standalone(p: RdsInstanceProperties): boolean {
  return isKnown(p.clusterId) && p.clusterId.value === null;
}
