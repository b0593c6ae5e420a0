import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { InputError } from '../../../shared/errors.js';
import { field, unwrapJson, type ConfigItem } from './item.js';

/** Snapshot and history files under the paths: `.json` and `.json.gz`, folders recursively. */
export async function configFiles(paths: readonly string[], errors: InputError[]): Promise<string[]> {
  const out: string[] = [];
  async function walk(p: string, explicit: boolean): Promise<void> {
    let st;
    try {
      st = await stat(p);
    } catch (e) {
      errors.push({ file: p, line: 0, column: 0, message: `cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` });
      return;
    }
    if (st.isDirectory()) {
      for (const name of (await readdir(p)).sort()) await walk(join(p, name), false);
    } else if (explicit || /\.json(\.gz)?$/i.test(p)) out.push(p);
  }
  for (const p of paths) await walk(p, true);
  return out;
}

/** Line and column of a JSON.parse error ("... at position N" / "(line L column C)"). */
function jsonErrorPosition(text: string, message: string): { line: number; column: number } {
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc) return { line: Number(lc[1]), column: Number(lc[2]) };
  const pos = /position (\d+)/.exec(message);
  // "Unexpected end of JSON input" names no position: the problem is at the end of the text.
  const at = pos ? Number(pos[1]) : /end of JSON input/i.test(message) ? text.length : undefined;
  if (at === undefined) return { line: 1, column: 1 };
  const before = text.slice(0, at);
  const line = before.split('\n').length;
  return { line, column: at - before.lastIndexOf('\n') };
}

function tagsOf(raw: unknown): Record<string, string> {
  const t = unwrapJson(raw);
  if (Array.isArray(t)) return Object.fromEntries(t.map((x) => [String(field(x, 'key') ?? ''), String(field(x, 'value') ?? '')]));
  if (t && typeof t === 'object') return Object.fromEntries(Object.entries(t).map(([k, v]) => [k, String(v)]));
  return {};
}

/** Reads one file's configuration items; malformed files and items become errors (file, record index). */
export async function readConfigItems(file: string, errors: InputError[]): Promise<ConfigItem[] | undefined> {
  let text: string;
  try {
    const buf = await readFile(file);
    text = (buf[0] === 0x1f && buf[1] === 0x8b ? gunzipSync(buf) : buf).toString('utf8');
  } catch (e) {
    errors.push({ file, line: 0, column: 0, message: `cannot read: ${(e as Error).message}` });
    return undefined;
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    const { line, column } = jsonErrorPosition(text, (e as Error).message);
    errors.push({ file, line, column, message: `not valid JSON: ${(e as Error).message}` });
    return undefined;
  }
  const raw = field(doc, 'configurationItems') ?? (field(doc, 'configurationItem') ? [field(doc, 'configurationItem')] : undefined);
  if (!Array.isArray(raw)) {
    errors.push({ file, line: 1, column: 1, message: 'not an AWS Config snapshot or history file (no configurationItems)' });
    return undefined;
  }
  const items: ConfigItem[] = [];
  raw.forEach((it, i) => {
    const type = field(it, 'resourceType');
    const id = field(it, 'resourceId');
    if (typeof type !== 'string' || typeof id !== 'string') {
      errors.push({ file, line: 0, column: 0, message: `configurationItems[${i}]: missing resourceType or resourceId; record skipped` });
      return;
    }
    const configuration = unwrapJson(field(it, 'configuration'));
    const arn = field(it, 'ARN') ?? field(it, 'arn');
    const name = field(it, 'resourceName');
    const region = field(it, 'awsRegion');
    const account = field(it, 'awsAccountId');
    items.push({
      resourceType: type,
      resourceId: id,
      ...(typeof name === 'string' ? { resourceName: name } : {}),
      ...(typeof arn === 'string' ? { arn } : {}),
      ...(typeof region === 'string' ? { awsRegion: region } : {}),
      ...(typeof account === 'string' ? { awsAccountId: account } : {}),
      captureTime: String(field(it, 'configurationItemCaptureTime') ?? ''),
      status: String(field(it, 'configurationItemStatus') ?? 'OK'),
      tags: tagsOf(field(it, 'tags')),
      configuration: configuration && typeof configuration === 'object' ? (configuration as Record<string, unknown>) : {},
      supplementary: (unwrapJson(field(it, 'supplementaryConfiguration')) as Record<string, unknown>) ?? {},
      relationships: (Array.isArray(field(it, 'relationships')) ? field(it, 'relationships') : []) as ConfigItem['relationships'],
      prov: { kind: 'import', file, format: 'aws-config', pointer: `/configurationItems/${i}` },
    });
  });
  return items;
}
