import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

/**
 * Compliance frameworks are data: `src/frameworks/<provider>/<name>-<version>.yaml`, each requirement
 * naming the rule ids that evaluate it (or `manual: true`). Reads rule ids, never rule code.
 */
export interface FrameworkRequirement {
  readonly id: string;
  readonly title: string;
  readonly section: string;
  readonly rules: readonly string[];
  readonly manual: boolean;
  /** Why a manual requirement has no rule ("manual by nature: …" or "not automated yet: …"), or a caveat on the mapping. */
  readonly note?: string;
}

export interface Framework {
  readonly id: string;
  readonly name: string;
  readonly version: string;
  readonly provider: string;
  /** Where the standard is published, and what subset of it the file covers, when the file says. */
  readonly url?: string;
  readonly description?: string;
  readonly requirements: readonly FrameworkRequirement[];
  readonly file: string;
}

const DATA_DIR = fileURLToPath(new URL('../../src/frameworks/', import.meta.url));

function validate(file: string, raw: unknown): Framework {
  const bad = (m: string): never => {
    throw new Error(`${file}: ${m}`);
  };
  if (!raw || typeof raw !== 'object') bad('not a mapping');
  const o = raw as Record<string, unknown>;
  for (const k of ['id', 'name', 'version', 'provider']) if (typeof o[k] !== 'string' || !(o[k] as string).trim()) bad(`missing ${k}`);
  if (!Array.isArray(o['requirements'])) bad('requirements must be a list');
  const requirements = (o['requirements'] as unknown[]).map((r, i) => {
    const q = (r ?? {}) as Record<string, unknown>;
    if (typeof q['id'] !== 'string' && typeof q['id'] !== 'number') bad(`requirements[${i}]: id`);
    if (typeof q['title'] !== 'string') bad(`requirements[${i}]: title`);
    const rules = (q['rules'] ?? []) as unknown;
    if (!Array.isArray(rules) || rules.some((x) => typeof x !== 'string')) bad(`requirements[${i}]: rules must be a list of rule ids`);
    if (q['note'] !== undefined && typeof q['note'] !== 'string') bad(`requirements[${i}]: note must be text`);
    const note = typeof q['note'] === 'string' ? { note: q['note'] } : {};
    return { id: String(q['id']), title: String(q['title']), section: String(q['section'] ?? ''), rules: rules as string[], manual: q['manual'] === true, ...note };
  });
  const meta: { url?: string; description?: string } = {};
  for (const k of ['url', 'description'] as const) if (typeof o[k] === 'string') meta[k] = o[k] as string;
  return { id: o['id'] as string, name: o['name'] as string, version: o['version'] as string, provider: o['provider'] as string, ...meta, requirements, file };
}

let cache: Framework[] | undefined;

/** Every framework data file shipped with the package. */
export function loadFrameworks(dir: string = DATA_DIR): Framework[] {
  if (dir === DATA_DIR && cache) return cache;
  const out: Framework[] = [];
  for (const provider of readdirSync(dir)) {
    const p = join(dir, provider);
    if (!statSync(p).isDirectory()) continue;
    for (const f of readdirSync(p).sort()) if (f.endsWith('.yaml')) out.push(validate(join(provider, f), parse(readFileSync(join(p, f), 'utf8'))));
  }
  if (dir === DATA_DIR) cache = out;
  return out;
}

let index: Map<string, { framework: string; requirement: string }[]> | undefined;

/** The framework requirements a rule evaluates. */
export function frameworksFor(ruleId: string): readonly { framework: string; requirement: string }[] {
  if (!index) {
    index = new Map();
    for (const fw of loadFrameworks())
      for (const req of fw.requirements)
        for (const r of req.rules) {
          let l = index.get(r);
          if (!l) index.set(r, (l = []));
          l.push({ framework: fw.id, requirement: req.id });
        }
  }
  return index.get(ruleId) ?? [];
}
