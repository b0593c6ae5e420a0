import { readFile } from 'node:fs/promises';
import { LineCounter, parseDocument, isMap, isSeq, type Node } from 'yaml';
import { isSeverity, type Severity } from '../model/core/index.js';
import { UsageError } from '../shared/errors.js';

/** One mute from `.cloudwarden.yaml`. Every selector given must match; `reason` is required. */
export interface MuteRule {
  /** Rule id, or a prefix ending in `*`; absent = every rule. */
  readonly rule?: string;
  /** Glob over the resource uid, IaC address or name. */
  readonly resource?: string;
  /** Glob over the finding's file path. */
  readonly path?: string;
  /** Tags the resource must carry (value `*` = any value). */
  readonly tags?: Readonly<Record<string, string>>;
  readonly reason: string;
  /** ISO date (YYYY-MM-DD): the mute stops applying after this day. */
  readonly expires?: string;
  /** `file:line` of the entry, for messages. */
  readonly origin: string;
}

export interface CloudwardenConfig {
  readonly mutes: readonly MuteRule[];
  readonly severityOverrides: Readonly<Record<string, Severity>>;
  readonly file?: string;
}

export const EMPTY_CONFIG: CloudwardenConfig = { mutes: [], severityOverrides: {} };

function fail(file: string, lc: LineCounter, node: Node | null | undefined, msg: string): never {
  const pos = node?.range ? lc.linePos(node.range[0]) : { line: 1, col: 1 };
  throw new UsageError(`${file}:${pos.line}:${pos.col}: ${msg}`);
}

/**
 * Parses `.cloudwarden.yaml`:
 * ```yaml
 * mute:
 *   - rule: aws-s3-bucket-versioning
 *     path: "legacy/**"
 *     reason: legacy buckets are replaced in Q3
 *     expires: 2027-01-31
 *   - resource: "*aws_s3_bucket.public_site*"
 *     tags: { purpose: website }
 *     reason: static website, public by design
 * severity:
 *   aws-s3-bucket-versioning: low
 * ```
 * Bad configuration is a usage error naming the file, line and column.
 */
export function parseConfig(file: string, text: string): CloudwardenConfig {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false });
  if (doc.errors.length) {
    const e = doc.errors[0]!;
    const pos = lc.linePos(e.pos[0]);
    throw new UsageError(`${file}:${pos.line}:${pos.col}: ${e.message.split('\n')[0]}`);
  }
  const root = doc.contents;
  if (root === null || root === undefined) return { ...EMPTY_CONFIG, file };
  if (!isMap(root)) fail(file, lc, root as Node, 'the configuration must be a mapping');
  const known = new Set(['mute', 'severity']);
  for (const item of root.items) {
    const key = String((item.key as { value?: unknown })?.value ?? item.key);
    if (!known.has(key)) fail(file, lc, item.key as Node, `unknown key "${key}" (expected: mute, severity)`);
  }
  const mutes: MuteRule[] = [];
  const muteNode = root.get('mute', true) as Node | undefined;
  if (muteNode !== undefined) {
    if (!isSeq(muteNode)) fail(file, lc, muteNode, '"mute" must be a list');
    for (const entry of muteNode.items as Node[]) {
      if (!isMap(entry)) fail(file, lc, entry, 'each mute must be a mapping');
      const js = entry.toJSON() as Record<string, unknown>;
      const line = lc.linePos(entry.range?.[0] ?? 0).line;
      for (const k of Object.keys(js)) if (!['rule', 'resource', 'path', 'tags', 'tag', 'reason', 'expires'].includes(k)) fail(file, lc, entry, `unknown mute key "${k}"`);
      if (typeof js['reason'] !== 'string' || !js['reason'].trim()) fail(file, lc, entry, 'a mute needs a reason');
      const expires = js['expires'] instanceof Date ? js['expires'].toISOString().slice(0, 10) : js['expires'];
      if (expires !== undefined && (typeof expires !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(expires))) fail(file, lc, entry, 'expires must be a date YYYY-MM-DD');
      const tags = (js['tags'] ?? js['tag']) as unknown;
      let tagMap: Record<string, string> | undefined;
      if (typeof tags === 'string') {
        const [k, v] = tags.split('=');
        tagMap = { [k!.trim()]: (v ?? '*').trim() };
      } else if (tags && typeof tags === 'object') tagMap = Object.fromEntries(Object.entries(tags).map(([k, v]) => [k, String(v)]));
      if (!js['rule'] && !js['resource'] && !js['path'] && !tagMap) fail(file, lc, entry, 'a mute needs at least one of rule, resource, path, tags');
      mutes.push({
        ...(js['rule'] ? { rule: String(js['rule']).toLowerCase() } : {}),
        ...(js['resource'] ? { resource: String(js['resource']) } : {}),
        ...(js['path'] ? { path: String(js['path']) } : {}),
        ...(tagMap ? { tags: tagMap } : {}),
        reason: String(js['reason']).trim(),
        ...(expires ? { expires: expires as string } : {}),
        origin: `${file}:${line}`,
      });
    }
  }
  const severityOverrides: Record<string, Severity> = {};
  const sev = root.get('severity', true) as Node | undefined;
  if (sev !== undefined) {
    if (!isMap(sev)) fail(file, lc, sev, '"severity" must map rule ids to severities');
    for (const [k, v] of Object.entries(sev.toJSON() as Record<string, unknown>)) {
      const s = String(v).toLowerCase();
      if (!isSeverity(s)) fail(file, lc, sev, `severity for ${k} must be one of critical, high, medium, low, info`);
      severityOverrides[k.toLowerCase()] = s;
    }
  }
  return { mutes, severityOverrides, file };
}

export async function loadConfig(file: string): Promise<CloudwardenConfig> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    throw new UsageError(`cannot read config ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  return parseConfig(file, text);
}
