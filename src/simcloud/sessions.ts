/**
 * STS session credentials issued by simcloud (AssumeRole, GetSessionToken), kept per world so the SigV4
 * verifier accepts them until they expire. Sessions live only in memory: they are not part of a world file.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { WorldState } from './world/state.js';

/** An issued session: its keys, token, expiry and the identity it stands for. */
export interface StsSession {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken: string;
  readonly expiration: Date;
  readonly accountId: string;
  /** `arn:aws:sts::<acct>:assumed-role/<Role>/<session>` or the long-term principal's ARN (GetSessionToken). */
  readonly arn: string;
  /** `AROA…:<session>` for assumed roles, the user's id for GetSessionToken. */
  readonly userId: string;
  readonly denied: readonly string[];
}

const stores = new WeakMap<WorldState, Map<string, StsSession>>();

function store(world: WorldState): Map<string, StsSession> {
  let s = stores.get(world);
  if (!s) stores.set(world, (s = new Map()));
  return s;
}

const KEY_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** A random AWS-style key id with `prefix` (`ASIA` for session keys). */
export function newKeyId(prefix: string): string {
  const bytes = randomBytes(16);
  let s = prefix;
  for (let i = 0; s.length < 20; i++) s += KEY_ALPHABET[bytes[i % 16]! % 32];
  return s;
}

/** A stable AWS-style unique id (`AIDA…`, `AROA…`) derived from a name, so repeated calls agree. */
export function stableId(prefix: string, name: string): string {
  const h = createHash('sha256').update(name).digest();
  let s = prefix;
  for (let i = 0; s.length < 21; i++) s += KEY_ALPHABET[h[i]! % 32];
  return s;
}

/** Issues a session valid for `durationSeconds` from `now`. */
export function issueSession(world: WorldState, who: Omit<StsSession, 'accessKeyId' | 'secretAccessKey' | 'sessionToken' | 'expiration'>, durationSeconds: number, now = new Date()): StsSession {
  const session: StsSession = {
    ...who,
    accessKeyId: newKeyId('ASIA'),
    secretAccessKey: randomBytes(30).toString('base64').slice(0, 40),
    sessionToken: `simcloud/${randomBytes(48).toString('base64')}`,
    expiration: new Date(now.getTime() + durationSeconds * 1000),
  };
  store(world).set(session.accessKeyId, session);
  return session;
}

/** The session for an access key id, if simcloud issued it for this world (expired ones included). */
export function findSession(world: WorldState, accessKeyId: string): StsSession | undefined {
  return stores.get(world)?.get(accessKeyId);
}
