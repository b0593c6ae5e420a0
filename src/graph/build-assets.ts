/**
 * Compute and data nodes: runs-as (an instance's profile role, a function's execution role), has-vulnerability
 * (a `vulnerability.finding` on the instance or function, with its exploit flag), and can-read / can-write /
 * can-admin from every principal to every data store, each decided by the evaluator on one representative
 * action with the store's resource policy.
 */
import { isKnown, valueOr, type Resource } from '../model/core/index.js';
import type { PolicyDocument } from '../model/aws/policy.js';
import { resourcePolicy } from './access.js';
import type { BuildContext } from './build-context.js';
import { roleOfInstanceProfile } from './build-identity.js';
import type { EdgeKind, NodeKind } from './model.js';

/** The action that stands for each access level on a store, and the ARN it targets. */
interface StoreAccess {
  readonly type: string;
  readonly kind: NodeKind;
  readonly arn: (r: Resource) => string;
  readonly levels: readonly (readonly [EdgeKind, string, 'object' | 'store'])[];
}

const arnOrUid = (r: Resource): string => r.uid;
const STORES: readonly StoreAccess[] = [
  { type: 'aws.s3.bucket', kind: 's3-bucket', arn: (r) => (r.uid.startsWith('arn:') ? r.uid : `arn:aws:s3:::${r.name}`), levels: [['can-read', 's3:GetObject', 'object'], ['can-write', 's3:PutObject', 'object'], ['can-admin', 's3:PutBucketPolicy', 'store']] },
  { type: 'aws.dynamodb.table', kind: 'dynamodb-table', arn: arnOrUid, levels: [['can-read', 'dynamodb:Scan', 'store'], ['can-write', 'dynamodb:PutItem', 'store'], ['can-admin', 'dynamodb:DeleteTable', 'store']] },
  { type: 'aws.rds.instance', kind: 'rds', arn: arnOrUid, levels: [['can-admin', 'rds:ModifyDBInstance', 'store']] },
  { type: 'aws.rds.cluster', kind: 'rds', arn: arnOrUid, levels: [['can-admin', 'rds:ModifyDBCluster', 'store']] },
  { type: 'aws.secretsmanager.secret', kind: 'secret', arn: arnOrUid, levels: [['can-read', 'secretsmanager:GetSecretValue', 'store'], ['can-write', 'secretsmanager:PutSecretValue', 'store'], ['can-admin', 'secretsmanager:PutResourcePolicy', 'store']] },
  { type: 'aws.kms.key', kind: 'kms-key', arn: arnOrUid, levels: [['can-read', 'kms:Decrypt', 'store'], ['can-write', 'kms:Encrypt', 'store'], ['can-admin', 'kms:PutKeyPolicy', 'store']] },
];

const CLASSIFICATION_KEYS = /^(data[-_]?classification|classification|sensitivity|data[-_]sensitivity|confidentiality)$/i;
const SENSITIVE_CLASS = /(^|[^a-z])(pii|phi|pci|confidential|secret|restricted|sensitive|hipaa|gdpr)([^a-z]|$)/i;
const SENSITIVE_NAME = /(^|[^a-z])(pii|phi|secrets?|backups?|ledgers?|customers?|payroll|patients?|credentials?|cardholder)([^a-z]|$)/i;

/** Why a data store holds sensitive data (a classification tag, its type, its name), or undefined. */
export function sensitivityOf(r: Resource): string | undefined {
  if (isKnown(r.tags)) for (const [k, v] of Object.entries(r.tags.value)) if (CLASSIFICATION_KEYS.test(k) && SENSITIVE_CLASS.test(v)) return `tag ${k}=${v}`;
  if (r.type === 'aws.secretsmanager.secret') return 'a Secrets Manager secret';
  const m = SENSITIVE_NAME.exec(r.name);
  return m ? `name "${r.name}" suggests ${m[2]!.toLowerCase()} data` : undefined;
}

/** runs-as and has-vulnerability edges. */
export function addCompute(ctx: BuildContext): void {
  for (const inst of ctx.ofType('aws.ec2.instance')) {
    const node = ctx.nodeFor(inst, 'ec2-instance');
    const profile = valueOr(inst.properties.iamInstanceProfile, null);
    if (!profile) continue;
    const hit = roleOfInstanceProfile(ctx, profile, inst.account);
    if (hit) ctx.builder.edge(node, ctx.nodeFor(hit.role, 'role'), 'runs-as', { summary: `${inst.name} runs as role ${hit.role.name} through instance profile ${profile.split('/').pop()}`, steps: [hit.how] });
  }
  for (const fn of ctx.ofType('aws.lambda.function')) {
    const node = ctx.nodeFor(fn, 'lambda-function');
    const role = valueOr(fn.properties.role, '');
    const r = role ? ctx.get(role) : undefined;
    if (r && r.type === 'aws.iam.role') ctx.builder.edge(node, ctx.nodeFor(r, 'role'), 'runs-as', { summary: `function ${fn.name} runs as role ${r.name}` });
  }
  for (const c of ctx.ofType('aws.eks.cluster')) ctx.nodeFor(c, 'eks-cluster');
  for (const v of ctx.ofType('vulnerability.finding')) {
    if (valueOr(v.properties.status, 'ACTIVE') !== 'ACTIVE') continue;
    const target = ctx.get(valueOr(v.properties.resourceUid, ''));
    const subject = target ? ctx.placed(target.uid) : undefined;
    if (subject === undefined) continue;
    const exploit = valueOr(v.properties.exploitAvailable, null) === true;
    const id = valueOr(v.properties.vulnerabilityId, null) ?? valueOr(v.properties.title, null) ?? v.name;
    const n = ctx.builder.node('vulnerability', v.uid, id, v.account);
    const score = valueOr(v.properties.cvssScore, null) ?? valueOr(v.properties.inspectorScore, null);
    ctx.builder.edge(subject, n, 'has-vulnerability', { summary: `${target!.name} has ${id} (${valueOr(v.properties.severity, '?')}${score !== null ? `, CVSS ${score}` : ''}${exploit ? ', public exploit known' : ''})`, exploit });
  }
}

function policyOf(r: Resource): PolicyDocument | null | undefined {
  const p = (r.properties as { policy?: { kind: string; value?: PolicyDocument | null } }).policy;
  return p && p.kind !== 'unresolvable' ? p.value : undefined;
}

/** Data-store nodes and the access edges of every user and role to each of them. */
export function addData(ctx: BuildContext): void {
  const all = (): Resource[] => ctx.memo('all-principals', () => [...ctx.ofType('aws.iam.user'), ...ctx.ofType('aws.iam.role')]);
  for (const spec of STORES) {
    for (const store of ctx.ofType(spec.type as 'aws.s3.bucket') as readonly Resource[]) {
      const node = ctx.nodeFor(store, spec.kind);
      const arn = spec.arn(store);
      const policy = resourcePolicy(`${spec.kind}-policy:${store.name}`, policyOf(store));
      const target = { ...(policy ? { resourcePolicy: policy } : {}), ...(store.account ? { resourceAccount: store.account } : {}) };
      // Another account's principal needs the store's resource policy to allow it: without one, only the store's own account asks.
      const principals = policy ? all() : [...ctx.inAccount('aws.iam.user', store.account), ...ctx.inAccount('aws.iam.role', store.account)];
      for (const p of principals) {
        const pn = ctx.placed(p.uid)!;
        for (const [edge, action, scope] of spec.levels) {
          const d = ctx.access.canDo(p, action, scope === 'object' ? `${arn}/*` : arn, target);
          if (d.status === 'allow') ctx.builder.edge(pn, node, edge, { summary: `${p.name} is allowed ${action} on ${store.name}: ${d.explanation.summary}` });
        }
      }
    }
  }
}
