/**
 * A compiled policy's memo of which statements cover an action, by the action's process-wide id. The graph
 * asks the same few hundred actions of each policy again and again, and this lookup runs for every policy of
 * every request: an open-addressed table of (action id, list position) pairs in one Int32Array is a few
 * array reads with no call, and is small enough (8 bytes a pair) to stay in the CPU caches where a Map of
 * tens of thousands of entries would not.
 */
const FREE = -1;
/** Actions remembered per policy before the memo starts over (a policy asked about everything stays bounded). */
const LIMIT = 512;
const NONE: readonly number[] = [];

export class ActionIndex {
  /** Pairs [action id, position in `lists`]; the capacity (pairs) is a power of two, at most half full. */
  private table = new Int32Array(8).fill(FREE);
  private count = 0;
  /** The distinct statement lists (usually shared between policies, see `compile.ts`). */
  private lists: (readonly number[])[] = [];
  /** Questions come in runs: the last answer is checked first. */
  private lastId = FREE;
  private lastList: readonly number[] = NONE;

  get(actionId: number): readonly number[] | undefined {
    if (actionId === this.lastId) return this.lastList;
    const table = this.table;
    const mask = (table.length >> 1) - 1;
    for (let slot = actionId & mask; ; slot = (slot + 1) & mask) {
      const id = table[slot << 1]!;
      if (id === FREE) return undefined;
      if (id === actionId) {
        this.lastId = actionId;
        return (this.lastList = this.lists[table[(slot << 1) + 1]!]!);
      }
    }
  }

  set(actionId: number, list: readonly number[]): void {
    if (this.count >= LIMIT) this.clear();
    if ((this.count + 1) * 4 > this.table.length) this.resize(this.table.length * 2);
    let at = this.lists.indexOf(list);
    if (at < 0) at = this.lists.push(list) - 1;
    place(this.table, actionId, at);
    this.count++;
    this.lastId = actionId;
    this.lastList = list;
  }

  private clear(): void {
    this.table = new Int32Array(8).fill(FREE);
    this.count = 0;
    this.lists = [];
    this.lastId = FREE;
  }

  private resize(length: number): void {
    const old = this.table;
    this.table = new Int32Array(length).fill(FREE);
    for (let i = 0; i < old.length; i += 2) if (old[i] !== FREE) place(this.table, old[i]!, old[i + 1]!);
  }
}

function place(table: Int32Array, actionId: number, at: number): void {
  const mask = (table.length >> 1) - 1;
  let slot = actionId & mask;
  while (table[slot << 1] !== FREE) slot = (slot + 1) & mask;
  table[slot << 1] = actionId;
  table[(slot << 1) + 1] = at;
}
