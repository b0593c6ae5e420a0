/**
 * Builds the graph of one scan from its model resources, in stages whose order matters: principals (and who is
 * an administrator) first, then trust (can-assume, which the escalation checks read), compute and network,
 * data access, and last the privilege escalations, which read everything before them.
 */
import type { Resource } from '../model/core/index.js';
import { AccessModel, type Evaluate } from './access.js';
import { addCompute, addData, sensitivityOf } from './build-assets.js';
import { BuildContext } from './build-context.js';
import { addPrincipals, addTrustEdges } from './build-identity.js';
import { addNetwork } from './build-network.js';
import { GraphBuilder, type Graph } from './model.js';
import { addEscalations, type Escalation } from './privesc/index.js';

/** The graph with what the queries and findings need beside it. */
export interface ScanGraph {
  readonly graph: Graph;
  readonly access: AccessModel;
  readonly escalations: readonly Escalation[];
  /** The model resource of a node, when it stands for one. */
  resourceOf(node: number): Resource | undefined;
  /** Why a data-store node holds sensitive data, or undefined. */
  sensitivity(node: number): string | undefined;
}

export interface BuildOptions {
  /** Replace the evaluator (tests, benches). */
  readonly evaluate?: Evaluate;
  /** Skip the privilege-escalation pass (network-only questions). */
  readonly escalations?: boolean;
  /**
   * The account IaC resources deploy to. IaC does not know it, yet policies name ARNs with account ids: with it,
   * a Terraform role gets the ARN its policies will match after apply.
   */
  readonly account?: string;
}

const DATA_KINDS = new Set(['s3-bucket', 'rds', 'dynamodb-table', 'secret', 'kms-key']);

export function buildGraph(input: readonly Resource[], opts: BuildOptions = {}): ScanGraph {
  const resources = opts.account ? input.map((r) => (r.account === undefined && r.provider === 'aws' ? { ...r, account: opts.account } : r)) : input;
  const access = new AccessModel(resources, opts.evaluate);
  const ctx = new BuildContext(new GraphBuilder(), access, resources);
  addPrincipals(ctx);
  addTrustEdges(ctx);
  addCompute(ctx);
  addNetwork(ctx);
  addData(ctx);
  const escalations = opts.escalations === false ? [] : addEscalations(ctx);
  const graph = ctx.builder.build();
  const resourceOf = (node: number): Resource | undefined => ctx.get(graph.node(node).key);
  return {
    graph,
    access,
    escalations,
    resourceOf,
    sensitivity: (node) => {
      if (!DATA_KINDS.has(graph.nodeKind(node))) return undefined;
      const r = resourceOf(node);
      return r ? sensitivityOf(r) : undefined;
    },
  };
}
