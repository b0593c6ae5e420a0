/**
 * The identity and attack-path graph of one scan, in a compact form: nodes and edges are integer ids, their
 * kinds and endpoints live in typed arrays, and adjacency is two CSR indexes (out and in), so a graph of
 * millions of nodes and edges builds in seconds and a BFS touches no objects but the explanations it reports.
 *
 * Only what a person reads is kept as objects: each node's key (the model uid, or a synthetic key such as
 * `internet` or `admin:<account>`), its label, and the explanation of each edge that has one.
 */

export const NODE_KINDS = [
  'user', 'group', 'role', 'federation', 'service', 'external-account', 'internet', 'admin',
  'ec2-instance', 'lambda-function', 'ecs-task', 'eks-cluster',
  's3-bucket', 'rds', 'dynamodb-table', 'secret', 'kms-key',
  'vpc', 'subnet', 'route-table', 'internet-gateway', 'security-group', 'network-acl', 'load-balancer',
  'vulnerability',
] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

export const EDGE_KINDS = [
  'member-of', 'can-assume', 'runs-as', 'reachable-from-internet', 'has-vulnerability',
  'can-read', 'can-write', 'can-admin', 'cross-account', 'can-escalate', 'is-admin', 'attached-to',
] as const;
export type EdgeKind = (typeof EDGE_KINDS)[number];

const NODE_CODE = new Map<NodeKind, number>(NODE_KINDS.map((k, i) => [k, i]));
const EDGE_CODE = new Map<EdgeKind, number>(EDGE_KINDS.map((k, i) => [k, i]));

/** A port range an edge admits (inclusive); protocol `-1` is every protocol. */
export interface PortRange {
  readonly protocol: string;
  readonly from: number;
  readonly to: number;
}

/** Why an edge exists, in words and with the model objects that decided it. */
export interface EdgeExplanation {
  /** One sentence: "trust policy of payments-automation allows lambda.amazonaws.com". */
  readonly summary: string;
  /** The deciding pieces in order (policy statements, the route, the NACL entry, the security-group rule). */
  readonly steps?: readonly string[];
  /** For can-escalate edges: the technique id (`passrole-lambda`, `create-policy-version`). */
  readonly technique?: string;
  /** For reachable-from-internet edges: what the internet reaches. */
  readonly ports?: readonly PortRange[];
  /** For has-vulnerability edges: a public exploit is known. */
  readonly exploit?: boolean;
}

/** A node as callers see it. */
export interface GraphNode {
  readonly id: number;
  readonly kind: NodeKind;
  /** The model uid, or a synthetic key (`internet`, `admin:<account>`, `service:lambda.amazonaws.com`). */
  readonly key: string;
  readonly label: string;
  readonly account?: string;
}

/** An edge as callers see it. */
export interface GraphEdge {
  readonly id: number;
  readonly kind: EdgeKind;
  readonly from: number;
  readonly to: number;
  readonly explanation?: EdgeExplanation;
}

function grow<T extends Int32Array | Uint8Array>(a: T, need: number): T {
  if (need <= a.length) return a;
  const next = new (a.constructor as new (n: number) => T)(Math.max(need, a.length * 2));
  next.set(a);
  return next;
}

/** Collects nodes (deduplicated by key) and edges, then freezes them into a {@link Graph}. */
export class GraphBuilder {
  private nodeKinds = new Uint8Array(1024);
  private readonly keys: string[] = [];
  private readonly labels: string[] = [];
  private readonly accounts: (string | undefined)[] = [];
  private readonly byKey = new Map<string, number>();
  private from = new Int32Array(4096);
  private to = new Int32Array(4096);
  private edgeKinds = new Uint8Array(4096);
  private explain = new Int32Array(4096);
  private readonly explanations: EdgeExplanation[] = [];
  /** Per edge kind, `from * 2^26 + to` of the edges drawn (numbers, not strings: no garbage per edge). */
  private readonly edgeKeys = EDGE_KINDS.map(() => new Set<number>());
  private edges = 0;

  /** The node with this key, created on first use. */
  node(kind: NodeKind, key: string, label: string, account?: string): number {
    const known = this.byKey.get(key);
    if (known !== undefined) return known;
    const id = this.keys.length;
    this.nodeKinds = grow(this.nodeKinds, id + 1);
    this.nodeKinds[id] = NODE_CODE.get(kind)!;
    this.keys.push(key);
    this.labels.push(label);
    this.accounts.push(account);
    this.byKey.set(key, id);
    return id;
  }

  has(key: string): number | undefined {
    return this.byKey.get(key);
  }

  /** Adds an edge; a second edge of the same kind between the same nodes is dropped (the first explanation stays). Up to 2^26 nodes. */
  edge(from: number, to: number, kind: EdgeKind, explanation?: EdgeExplanation): void {
    const code = EDGE_CODE.get(kind)!;
    const k = from * 67_108_864 + to;
    const seen = this.edgeKeys[code]!;
    if (seen.has(k)) return;
    seen.add(k);
    const e = this.edges++;
    this.from = grow(this.from, e + 1);
    this.to = grow(this.to, e + 1);
    this.edgeKinds = grow(this.edgeKinds, e + 1);
    this.explain = grow(this.explain, e + 1);
    this.from[e] = from;
    this.to[e] = to;
    this.edgeKinds[e] = code;
    this.explain[e] = explanation ? this.explanations.push(explanation) - 1 : -1;
  }

  build(): Graph {
    const n = this.keys.length;
    if (n > 67_108_864) throw new RangeError(`the graph has ${n} nodes; edge keys hold at most 2^26`);
    const m = this.edges;
    return new Graph(
      { kinds: this.nodeKinds.slice(0, n), keys: this.keys, labels: this.labels, accounts: this.accounts, byKey: this.byKey },
      { from: this.from.slice(0, m), to: this.to.slice(0, m), kinds: this.edgeKinds.slice(0, m), explain: this.explain.slice(0, m), explanations: this.explanations },
    );
  }
}

interface NodeStore {
  readonly kinds: Uint8Array;
  readonly keys: readonly string[];
  readonly labels: readonly string[];
  readonly accounts: readonly (string | undefined)[];
  readonly byKey: ReadonlyMap<string, number>;
}
interface EdgeStore {
  readonly from: Int32Array;
  readonly to: Int32Array;
  readonly kinds: Uint8Array;
  readonly explain: Int32Array;
  readonly explanations: readonly EdgeExplanation[];
}

/** Counting sort of edge ids by one endpoint: offsets[n + 1] and the edge ids grouped by node. */
function csr(endpoint: Int32Array, n: number): { offsets: Int32Array; edges: Int32Array } {
  const offsets = new Int32Array(n + 1);
  for (let e = 0; e < endpoint.length; e++) offsets[endpoint[e]! + 1]!++;
  for (let i = 0; i < n; i++) offsets[i + 1]! += offsets[i]!;
  const fill = offsets.slice(0, n);
  const edges = new Int32Array(endpoint.length);
  for (let e = 0; e < endpoint.length; e++) edges[fill[endpoint[e]!]!++] = e;
  return { offsets, edges };
}

/** The frozen graph: read-only, indexed both ways. */
export class Graph {
  readonly nodeCount: number;
  readonly edgeCount: number;
  private readonly out: { offsets: Int32Array; edges: Int32Array };
  private readonly inc: { offsets: Int32Array; edges: Int32Array };

  constructor(private readonly nodes: NodeStore, private readonly edges: EdgeStore) {
    this.nodeCount = nodes.keys.length;
    this.edgeCount = edges.from.length;
    this.out = csr(edges.from, this.nodeCount);
    this.inc = csr(edges.to, this.nodeCount);
  }

  find(key: string): number | undefined {
    return this.nodes.byKey.get(key);
  }

  node(id: number): GraphNode {
    const account = this.nodes.accounts[id];
    const base = { id, kind: NODE_KINDS[this.nodes.kinds[id]!]!, key: this.nodes.keys[id]!, label: this.nodes.labels[id]! };
    return account === undefined ? base : { ...base, account };
  }

  nodeKind(id: number): NodeKind {
    return NODE_KINDS[this.nodes.kinds[id]!]!;
  }

  edge(id: number): GraphEdge {
    const x = this.edges.explain[id]!;
    const base = { id, kind: this.edgeKind(id), from: this.edges.from[id]!, to: this.edges.to[id]! };
    return x < 0 ? base : { ...base, explanation: this.edges.explanations[x]! };
  }

  edgeKind(id: number): EdgeKind {
    return EDGE_KINDS[this.edges.kinds[id]!]!;
  }

  edgeTarget(id: number): number {
    return this.edges.to[id]!;
  }

  edgeSource(id: number): number {
    return this.edges.from[id]!;
  }

  /** Ids of the edges leaving `node`. */
  outEdges(node: number): Int32Array {
    return this.out.edges.subarray(this.out.offsets[node]!, this.out.offsets[node + 1]!);
  }

  /** Ids of the edges entering `node`. */
  inEdges(node: number): Int32Array {
    return this.inc.edges.subarray(this.inc.offsets[node]!, this.inc.offsets[node + 1]!);
  }

  /** Every node of a kind (a linear scan: for CLI listings, not inner loops). */
  nodesOfKind(kind: NodeKind): number[] {
    const code = NODE_CODE.get(kind)!;
    const ids: number[] = [];
    for (let i = 0; i < this.nodeCount; i++) if (this.nodes.kinds[i] === code) ids.push(i);
    return ids;
  }
}
