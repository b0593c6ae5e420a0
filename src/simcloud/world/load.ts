/**
 * Loading worlds: YAML or JSON files (validation errors name file:line:column) and `WorldInput` → `WorldState`.
 */
import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument } from 'yaml';
import type { AccountState, OrganizationState, WorldCredential, WorldState } from './state.js';
import { DEFAULT_OPT_IN_REGIONS, DEFAULT_REGIONS, validateWorld } from './schema.js';
import type { WorldInput } from './schema.js';

/** A problem in a world file, located like the rest of cloudwarden's input errors. */
export interface WorldIssue {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

/** Thrown when a world cannot be loaded; `issues` has every problem found. */
export class WorldLoadError extends Error {
  constructor(readonly issues: readonly WorldIssue[]) {
    super(issues.map((i) => `${i.file}:${i.line}:${i.column}: ${i.message}`).join('\n'));
    this.name = 'WorldLoadError';
  }
}

/** Parses world text (YAML, which includes JSON) and validates it; `file` is used in messages. */
export function parseWorld(text: string, file: string): WorldInput {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number) => lc.linePos(offset);
  if (doc.errors.length > 0) {
    throw new WorldLoadError(doc.errors.map((e) => ({ file, ...at(e.pos[0]), line: at(e.pos[0]).line, column: at(e.pos[0]).col, message: e.message.split('\n')[0]! })));
  }
  const value: unknown = doc.toJS({ maxAliasCount: 1000 });
  const issues = validateWorld(value);
  if (issues.length > 0) {
    throw new WorldLoadError(
      issues.map((i) => {
        // Walk up the path until a node exists (a missing key is reported at its parent).
        for (let n = i.path.length; n >= 0; n--) {
          const node = n === 0 ? doc.contents : doc.getIn(i.path.slice(0, n), true);
          const range = (node as { range?: [number, number, number] } | undefined)?.range;
          if (range) {
            const pos = at(range[0]);
            return { file, line: pos.line, column: pos.col, message: `${i.path.join('.') || '(world)'}: ${i.message}` };
          }
        }
        return { file, line: 1, column: 1, message: i.message };
      }),
    );
  }
  return value as WorldInput;
}

/** Reads and validates a world file. */
export function loadWorldFile(path: string): WorldInput {
  return parseWorld(readFileSync(path, 'utf8'), path);
}

/** Whether a value is already a `WorldState`. */
export function isWorldState(w: WorldInput | WorldState): w is WorldState {
  return w.accounts instanceof Map;
}

/** The credential `startSimcloud` hands out by default for an account: its admin user. */
export function defaultCredentialFor(accountId: string): WorldCredential {
  return { accessKeyId: `AKIASIM${accountId}X`, secretAccessKey: `simcloud-admin-secret-${accountId}`, accountId, principal: 'user/simcloud-admin' };
}

/**
 * Builds the in-memory world from a validated input (deep-copied: the input is not shared or mutated).
 * Every account gets an admin credential (`defaultCredentialFor`) unless the file already names one with that key.
 */
export function buildWorld(input: WorldInput): WorldState {
  const issues = validateWorld(input);
  if (issues.length > 0) throw new WorldLoadError(issues.map((i) => ({ file: '(world)', line: 1, column: 1, message: `${i.path.join('.') || '(world)'}: ${i.message}` })));
  const src = structuredClone(input);
  const allRegions = src.regions ?? [...DEFAULT_REGIONS, ...DEFAULT_OPT_IN_REGIONS];
  const optInRegions = src.optInRegions ?? DEFAULT_OPT_IN_REGIONS.filter((r) => allRegions.includes(r));
  let organization: OrganizationState | undefined;
  if (src.organization) {
    const o = src.organization;
    const rootId = o.rootId ?? `r-${o.id.slice(2, 6)}`;
    organization = {
      id: o.id,
      managementAccountId: o.managementAccountId,
      rootId,
      units: (o.units ?? []).map((u) => ({ id: u.id, name: u.name, parentId: u.parentId ?? rootId })),
      policies: (o.policies ?? []).map((p) => ({ id: p.id, name: p.name, document: typeof p.document === 'string' ? p.document : JSON.stringify(p.document), targets: p.targets ?? [], ...(p.description ? { description: p.description } : {}) })),
    };
  }
  const accounts = new Map<string, AccountState>();
  for (const a of src.accounts) {
    accounts.set(a.id, {
      id: a.id,
      name: a.name ?? `account-${a.id}`,
      email: a.email ?? `aws+${a.id}@example.com`,
      parentId: a.parentId ?? organization?.rootId ?? '',
      enabledRegions: a.enabledRegions ?? allRegions.filter((r) => !optInRegions.includes(r)),
      services: a.services ?? {},
      regions: a.regions ?? {},
    });
  }
  const credentials = new Map<string, WorldCredential>();
  for (const a of accounts.values()) {
    const c = defaultCredentialFor(a.id);
    credentials.set(c.accessKeyId, c);
  }
  for (const c of src.credentials ?? []) credentials.set(c.accessKeyId, { ...c, denied: c.denied ?? [] });
  return { partition: 'aws', organization, accounts, credentials, allRegions, optInRegions };
}
