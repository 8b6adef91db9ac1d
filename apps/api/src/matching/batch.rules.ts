/**
 * Batch suggestions: for many open times at once, the set of assignments that fills as many places as
 * possible, then maximises the total fit, while keeping load even. Solved exactly as a min-cost flow
 * (successive shortest paths with Dijkstra on reduced costs):
 *
 *   source → slot (capacity = experts needed, cost −FILL)
 *   slot → expert-day (capacity 1, cost −score)         one expert takes at most one time a day
 *   expert-day → expert (capacity 1, cost 0)
 *   expert → sink: k-th unit costs λ·(load + k − 1)       convex: the next task costs more the more one has
 *
 * Paths are taken while they lower the cost, so a slot stays empty rather than take a harmful candidate
 * (there are none: FILL outweighs every score and penalty).
 */

export interface BatchSlot {
  id: string;
  need: number;
  /** Helsinki day of the time (`2027-03-02`): one expert does at most one time a day in a batch. */
  day: string;
  candidates: Array<{ expertId: string; score: number }>;
}

export interface BatchExpert {
  id: string;
  /** How many more tasks the expert can take in the period (their monthly limits). */
  capacity: number;
  /** Tasks in the recent past: the load the next task adds to. */
  load: number;
}

export interface BatchResult {
  assignments: Array<{ slotId: string; expertId: string; score: number }>;
  unfilled: Array<{ slotId: string; missing: number }>;
  totalScore: number;
  objective: number;
}

export const FILL_BONUS = 10_000;
export const DEFAULT_LOAD_PENALTY = 5;

interface Edge {
  to: number;
  rev: number;
  cap: number;
  cost: number;
}

class Graph {
  readonly adj: Edge[][];
  constructor(n: number) {
    this.adj = Array.from({ length: n }, () => []);
  }
  add(from: number, to: number, cap: number, cost: number): Edge {
    const e: Edge = { to, rev: this.adj[to].length, cap, cost };
    this.adj[from].push(e);
    this.adj[to].push({ to: from, rev: this.adj[from].length - 1, cap: 0, cost: -cost });
    return e;
  }
}

/** A binary min-heap of [priority, node]. */
class Heap {
  private readonly keys: number[] = [];
  private readonly nodes: number[] = [];
  get size() {
    return this.keys.length;
  }
  push(key: number, node: number) {
    let i = this.keys.length;
    this.keys.push(key);
    this.nodes.push(node);
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (this.keys[p] <= this.keys[i]) break;
      this.swap(i, p);
      i = p;
    }
  }
  pop(): [number, number] {
    const top: [number, number] = [this.keys[0], this.nodes[0]];
    const lastKey = this.keys.pop()!;
    const lastNode = this.nodes.pop()!;
    if (this.keys.length) {
      this.keys[0] = lastKey;
      this.nodes[0] = lastNode;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < this.keys.length && this.keys[l] < this.keys[m]) m = l;
        if (r < this.keys.length && this.keys[r] < this.keys[m]) m = r;
        if (m === i) break;
        this.swap(i, m);
        i = m;
      }
    }
    return top;
  }
  private swap(a: number, b: number) {
    [this.keys[a], this.keys[b]] = [this.keys[b], this.keys[a]];
    [this.nodes[a], this.nodes[b]] = [this.nodes[b], this.nodes[a]];
  }
}

export function suggestBatch(
  slots: BatchSlot[],
  experts: BatchExpert[],
  loadPenalty = DEFAULT_LOAD_PENALTY,
): BatchResult {
  const expertIndex = new Map(experts.map((e, i) => [e.id, i]));
  const source = 0;
  const slotBase = 1;
  const expertBase = slotBase + slots.length;
  const dayNodes = new Map<string, number>();
  let next = expertBase + experts.length;
  const dayNode = (expert: number, day: string) => {
    const key = `${expert}|${day}`;
    let n = dayNodes.get(key);
    if (n === undefined) {
      n = next++;
      dayNodes.set(key, n);
    }
    return n;
  };
  // lay out nodes first (the graph needs its size)
  const plan: Array<{ slot: number; dayNode: number; expert: number; score: number }> = [];
  slots.forEach((s, si) => {
    for (const c of s.candidates) {
      const ei = expertIndex.get(c.expertId);
      if (ei === undefined || experts[ei].capacity <= 0) continue;
      plan.push({ slot: si, dayNode: dayNode(ei, s.day), expert: ei, score: c.score });
    }
  });
  const sink = next;
  const g = new Graph(sink + 1);
  slots.forEach((s, si) => g.add(source, slotBase + si, Math.max(0, s.need), -FILL_BONUS));
  const candidateEdges: Array<{ edge: Edge; slot: number; expert: number; score: number }> = [];
  const linked = new Set<number>();
  for (const p of plan) {
    candidateEdges.push({
      edge: g.add(slotBase + p.slot, p.dayNode, 1, -p.score),
      slot: p.slot,
      expert: p.expert,
      score: p.score,
    });
    if (!linked.has(p.dayNode)) {
      linked.add(p.dayNode);
      g.add(p.dayNode, expertBase + p.expert, 1, 0);
    }
  }
  experts.forEach((e, ei) => {
    for (let k = 0; k < e.capacity; k++) g.add(expertBase + ei, sink, 1, loadPenalty * (e.load + k));
  });

  // Initial potentials: the graph is a DAG (source → slots → expert-days → experts → sink), so the
  // shortest distances follow the layers.
  const n = sink + 1;
  const potential = new Array<number>(n).fill(Infinity);
  potential[source] = 0;
  const layers = [
    [source],
    slots.map((_, i) => slotBase + i),
    [...dayNodes.values()],
    experts.map((_, i) => expertBase + i),
  ];
  for (const layer of layers) {
    for (const u of layer) {
      if (potential[u] === Infinity) continue;
      for (const e of g.adj[u])
        if (e.cap > 0 && potential[u] + e.cost < potential[e.to]) potential[e.to] = potential[u] + e.cost;
    }
  }
  for (let i = 0; i < n; i++) if (potential[i] === Infinity) potential[i] = 0;

  let objective = 0;
  const dist = new Float64Array(n);
  const level = new Int32Array(n);
  const arc = new Int32Array(n);
  const EPS = 1e-6;
  const admissible = (u: number, e: Edge) =>
    e.cap > 0 && Math.abs(e.cost + potential[u] - potential[e.to]) < EPS;
  for (;;) {
    // shortest distances on reduced costs (all ≥ 0 thanks to the potentials)
    dist.fill(Infinity);
    dist[source] = 0;
    const heap = new Heap();
    heap.push(0, source);
    while (heap.size) {
      const [d, u] = heap.pop();
      if (d > dist[u]) continue;
      const edges = g.adj[u];
      for (let k = 0; k < edges.length; k++) {
        const e = edges[k];
        if (e.cap <= 0) continue;
        const nd = d + e.cost + potential[u] - potential[e.to];
        if (nd < dist[e.to] - 1e-9) {
          dist[e.to] = nd;
          heap.push(nd, e.to);
        }
      }
    }
    if (dist[sink] === Infinity) break;
    for (let i = 0; i < n; i++) if (dist[i] !== Infinity) potential[i] += dist[i];
    const pathCost = potential[sink] - potential[source];
    if (pathCost >= 0) break; // no path lowers the cost any more
    // every shortest path at once: a blocking flow on the zero-reduced-cost edges (levels keep it acyclic)
    level.fill(-1);
    level[source] = 0;
    const queue = [source];
    for (let q = 0; q < queue.length; q++) {
      const u = queue[q];
      for (const e of g.adj[u]) {
        if (level[e.to] < 0 && admissible(u, e)) {
          level[e.to] = level[u] + 1;
          queue.push(e.to);
        }
      }
    }
    if (level[sink] < 0) break;
    arc.fill(0);
    let pushed = 0;
    const path: Array<[number, number]> = [];
    for (;;) {
      // walk forward from the source along admissible edges to the next level
      path.length = 0;
      let u = source;
      while (u !== sink) {
        const edges = g.adj[u];
        let advanced = false;
        while (arc[u] < edges.length) {
          const e = edges[arc[u]];
          if (level[e.to] === level[u] + 1 && admissible(u, e)) {
            path.push([u, arc[u]]);
            u = e.to;
            advanced = true;
            break;
          }
          arc[u]++;
        }
        if (!advanced) {
          if (u === source) break;
          level[u] = -1; // a dead end: never try it again this round
          const [prev] = path.pop()!;
          arc[prev]++;
          u = prev;
        }
      }
      if (u !== sink) break;
      for (const [from, k] of path) {
        const e = g.adj[from][k];
        e.cap -= 1;
        g.adj[e.to][e.rev].cap += 1;
      }
      pushed++;
    }
    if (pushed === 0) break;
    objective -= pathCost * pushed;
  }

  const assignments = candidateEdges
    .filter((c) => c.edge.cap === 0)
    .map((c) => ({ slotId: slots[c.slot].id, expertId: experts[c.expert].id, score: c.score }));
  const filled = new Map<string, number>();
  for (const a of assignments) filled.set(a.slotId, (filled.get(a.slotId) ?? 0) + 1);
  const unfilled = slots
    .map((s) => ({ slotId: s.id, missing: s.need - (filled.get(s.id) ?? 0) }))
    .filter((u) => u.missing > 0);
  const totalScore = Math.round(assignments.reduce((s, a) => s + a.score, 0) * 100) / 100;
  return { assignments, unfilled, totalScore, objective: Math.round(objective * 1000) / 1000 };
}

/** The objective of any assignment under the same model (for tests and for comparing with simpler rules). */
export function objectiveOf(
  assignments: Array<{ slotId: string; expertId: string; score: number }>,
  experts: BatchExpert[],
  loadPenalty = DEFAULT_LOAD_PENALTY,
): number {
  const count = new Map<string, number>();
  let value = 0;
  for (const a of assignments) {
    const e = experts.find((x) => x.id === a.expertId)!;
    const k = count.get(a.expertId) ?? 0;
    value += FILL_BONUS + a.score - loadPenalty * (e.load + k);
    count.set(a.expertId, k + 1);
  }
  return Math.round(value * 1000) / 1000;
}
