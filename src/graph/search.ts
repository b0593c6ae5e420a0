/**
 * Shortest paths over the compact graph: Dijkstra with a binary heap on typed arrays, edge kinds filtered and
 * weighted by the caller. Weights say how much an attacker must do per hop (following a role the compute runs
 * as costs less than a cross-account hop), so the path reported is the easiest, not merely the shortest.
 */
import type { EdgeKind, Graph, GraphEdge, GraphNode } from './model.js';

export type EdgeWeights = Partial<Readonly<Record<EdgeKind, number>>>;

export interface PathStep {
  readonly edge: GraphEdge;
  readonly from: GraphNode;
  readonly to: GraphNode;
}

export interface FoundPath {
  readonly target: number;
  readonly cost: number;
  readonly steps: readonly PathStep[];
}

/** Min-heap of (priority, node) on parallel typed arrays. */
class Heap {
  private prio = new Float64Array(64);
  private items = new Int32Array(64);
  size = 0;
  push(p: number, n: number): void {
    if (this.size === this.items.length) {
      const np = new Float64Array(this.size * 2);
      np.set(this.prio);
      this.prio = np;
      const ni = new Int32Array(this.size * 2);
      ni.set(this.items);
      this.items = ni;
    }
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.prio[parent]! <= p) break;
      this.prio[i] = this.prio[parent]!;
      this.items[i] = this.items[parent]!;
      i = parent;
    }
    this.prio[i] = p;
    this.items[i] = n;
  }
  pop(): number {
    const top = this.items[0]!;
    const lastP = this.prio[--this.size]!;
    const lastN = this.items[this.size]!;
    let i = 0;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= this.size) break;
      if (c + 1 < this.size && this.prio[c + 1]! < this.prio[c]!) c++;
      if (this.prio[c]! >= lastP) break;
      this.prio[i] = this.prio[c]!;
      this.items[i] = this.items[c]!;
      i = c;
    }
    this.prio[i] = lastP;
    this.items[i] = lastN;
    return top;
  }
}

/**
 * The cheapest path from any source to each node `isTarget` accepts, following only edges with a weight.
 * `stopAtFirst` ends the search at the first target settled (the cheapest one).
 */
export function shortestPaths(graph: Graph, sources: readonly number[], weights: EdgeWeights, isTarget: (node: number) => boolean, stopAtFirst = false): FoundPath[] {
  const { dist, via, done, touched } = stateFor(graph);
  const heap = new Heap();
  const visit = (n: number) => {
    if (dist[n] === Infinity) touched.push(n);
  };
  for (const s of sources) {
    visit(s);
    dist[s] = 0;
    heap.push(0, s);
  }
  const sourceSet = new Set(sources);
  const reached: number[] = [];
  while (heap.size > 0) {
    const n = heap.pop();
    if (done[n]) continue;
    done[n] = 1;
    if (isTarget(n) && !sourceSet.has(n)) {
      reached.push(n);
      if (stopAtFirst) break;
    }
    for (const e of graph.outEdges(n)) {
      const w = weights[graph.edgeKind(e)];
      if (w === undefined) continue;
      const to = graph.edgeTarget(e);
      const d = dist[n]! + w;
      if (d < dist[to]!) {
        visit(to);
        dist[to] = d;
        via[to] = e;
        heap.push(d, to);
      }
    }
  }
  const found = reached.map((t) => ({ target: t, cost: dist[t]!, steps: unwind(graph, via, t) }));
  // Reset only what this search touched, so a query near a few nodes costs nothing per node of the graph.
  for (const n of touched) {
    dist[n] = Infinity;
    via[n] = -1;
    done[n] = 0;
  }
  touched.length = 0;
  return found;
}

interface SearchState {
  readonly dist: Float64Array;
  readonly via: Int32Array;
  readonly done: Uint8Array;
  readonly touched: number[];
}

// One state per graph, reused by every search on it (searches run one at a time: JavaScript is single-threaded).
const states = new WeakMap<Graph, SearchState>();
function stateFor(graph: Graph): SearchState {
  let s = states.get(graph);
  if (!s) states.set(graph, (s = { dist: new Float64Array(graph.nodeCount).fill(Infinity), via: new Int32Array(graph.nodeCount).fill(-1), done: new Uint8Array(graph.nodeCount), touched: [] }));
  return s;
}

function unwind(graph: Graph, via: Int32Array, target: number): PathStep[] {
  const steps: PathStep[] = [];
  for (let n = target, e = via[n]!; e >= 0; n = graph.edgeSource(e), e = via[n]!) {
    steps.push({ edge: graph.edge(e), from: graph.node(graph.edgeSource(e)), to: graph.node(n) });
    if (steps.length > graph.nodeCount) break;
  }
  return steps.reverse();
}

/** Hops through identities: what an attacker holding a principal's credentials can become. */
export const IDENTITY_WEIGHTS: EdgeWeights = { 'runs-as': 1, 'can-assume': 1, 'cross-account': 2, 'can-escalate': 1, 'member-of': 0, 'is-admin': 0 };

/** Identity hops plus the access edges into data stores. */
export const DATA_WEIGHTS: EdgeWeights = { ...IDENTITY_WEIGHTS, 'can-read': 1, 'can-write': 1, 'can-admin': 1 };
