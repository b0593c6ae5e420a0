import { readFile } from 'node:fs/promises';
import type { Resource } from '../../../model/core/index.js';
import type { InputError } from '../../../shared/errors.js';
import type { IacSourceResult } from '../types.js';
import { adaptTerraform } from './adapters/index.js';
import type { TfObjectNode, TfProviderConfig, TfResourceInstance } from './instance.js';
import { LineIndex, member as get, parseJsonPositions, plain as js, type PJson } from './json-positions.js';
import { PlanNodeBuilder } from './plan-values.js';

/**
 * Recognises `terraform show -json` output: a plan (planned_values / resource_changes) or a state
 * (values). A file that looks like one but is broken JSON still counts, so its error is reported.
 */
export function isTerraformPlanOrState(text: string): boolean {
  const head = text.trimStart();
  if (!head.startsWith('{')) return false;
  try {
    const o = JSON.parse(text) as Record<string, unknown>;
    return typeof o['format_version'] === 'string' && ('planned_values' in o || 'resource_changes' in o || ('values' in o && 'terraform_version' in o));
  } catch {
    return /"format_version"\s*:/.test(text) && /"(planned_values|resource_changes|terraform_version)"\s*:/.test(text);
  }
}

/** Configuration expressions by module-relative path without instance keys: `module.a.aws_s3_bucket.b`. */
function configExpressions(config: unknown): Map<string, unknown> {
  const out = new Map<string, unknown>();
  const walk = (mod: Record<string, unknown> | undefined, prefix: string) => {
    if (!mod) return;
    for (const r of (mod['resources'] as Array<Record<string, unknown>> | undefined) ?? []) out.set(`${prefix}${String(r['address'])}`, r['expressions']);
    const calls = (mod['module_calls'] as Record<string, Record<string, unknown>> | undefined) ?? {};
    for (const [name, call] of Object.entries(calls)) walk(call['module'] as Record<string, unknown>, `${prefix}module.${name}.`);
  };
  walk((config as Record<string, unknown> | undefined)?.['root_module'] as Record<string, unknown>, '');
  return out;
}

/** Provider blocks with constant expressions (region, default tags) from `configuration.provider_config`. */
function providers(config: unknown, b: PlanNodeBuilder, where: PJson | undefined): TfProviderConfig[] {
  const pc = ((config as Record<string, unknown> | undefined)?.['provider_config'] as Record<string, Record<string, unknown>>) ?? {};
  const out: TfProviderConfig[] = [];
  const range = where ? b.nodeRange(where) : b.range(0, 1);
  for (const p of Object.values(pc)) {
    const attrs: Record<string, TfObjectNode['attrs'][string]> = {};
    for (const [k, e] of Object.entries((p['expressions'] as Record<string, { constant_value?: unknown }>) ?? {})) {
      const v = e?.constant_value;
      if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') attrs[k] = { t: 'scalar', value: v, range };
    }
    const base = { name: String(p['name'] ?? ''), modulePath: String(p['module_address'] ?? ''), body: { t: 'object' as const, attrs, range } };
    out.push(typeof p['alias'] === 'string' ? { ...base, alias: p['alias'] } : base);
  }
  return out;
}

/**
 * The AWS provider keeps only a SHA-1 of `aws_instance.user_data` in plans and state; when the
 * configuration section holds the text as a constant, that text is what the instance will run.
 */
function withConfiguredUserData(body: TfObjectNode, expressions: unknown): TfObjectNode {
  const ud = body.attrs['user_data'];
  const text = (expressions as { user_data?: { constant_value?: unknown } } | undefined)?.user_data?.constant_value;
  if (ud?.t !== 'scalar' || typeof ud.value !== 'string' || !/^[0-9a-f]{40}$/.test(ud.value) || typeof text !== 'string') return body;
  return { ...body, attrs: { ...body.attrs, user_data: { ...ud, value: text } } };
}

/** Collects resources of a module tree (`planned_values.root_module` or `values.root_module`). */
function moduleResources(mod: PJson | undefined, out: PJson[]): void {
  const res = get(mod, 'resources');
  if (res?.k === 'arr') for (const r of res.items) if (r.k === 'obj') out.push(r);
  const kids = get(mod, 'child_modules');
  if (kids?.k === 'arr') for (const k of kids.items) moduleResources(k, out);
}

/** Converts one plan or state document into resource instances (and its provider configs). */
export function planInstances(file: string, text: string): { instances: TfResourceInstance[]; providers: TfProviderConfig[]; errors: InputError[] } {
  const parsed = parseJsonPositions(text);
  const lines = new LineIndex(text);
  if (!parsed.ok) {
    const pos = lines.pos(parsed.offset);
    return { instances: [], providers: [], errors: [{ file, line: pos.line, column: pos.col, message: `invalid JSON: ${parsed.message}` }] };
  }
  const root = parsed.value;
  const b = new PlanNodeBuilder(file, lines);
  const configuration = js(get(root, 'configuration'));
  const exprs = configExpressions(configuration);
  const unknowns = new Map<string, unknown>();
  const changes = get(root, 'resource_changes');
  if (changes?.k === 'arr') {
    for (const c of changes.items) {
      const addr = js(get(c, 'address'));
      const after = get(get(c, 'change'), 'after_unknown');
      if (typeof addr === 'string' && after) unknowns.set(addr, js(after));
    }
  }
  const planned = get(root, 'planned_values') ?? get(root, 'values');
  const resources: PJson[] = [];
  moduleResources(get(planned, 'root_module'), resources);
  const instances: TfResourceInstance[] = [];
  for (const r of resources) {
    const address = String(js(get(r, 'address')) ?? '');
    const values = get(r, 'values');
    const range = b.nodeRange(r);
    const modulePath = address.replace(/(^|\.)((data\.)?[a-z0-9_]+\.[A-Za-z0-9_-]+(\[[^\]]*\])?)$/, '');
    const local = modulePath ? address.slice(modulePath.length + 1) : address;
    const configKey = `${modulePath.replace(/\[[^\]]*\]/g, '')}${modulePath ? '.' : ''}${local.replace(/\[[^\]]*\]$/, '')}`;
    const expressions = exprs.get(configKey);
    const built = b.build(values?.k === 'obj' ? values : undefined, unknowns.get(address), expressions, range);
    const body = built.t === 'object' ? withConfiguredUserData(built, expressions) : { t: 'object' as const, attrs: {}, range };
    instances.push({
      address,
      mode: js(get(r, 'mode')) === 'data' ? 'data' : 'managed',
      type: String(js(get(r, 'type')) ?? ''),
      name: String(js(get(r, 'name')) ?? ''),
      modulePath,
      body,
      range,
      rootModule: file,
    });
  }
  return { instances, providers: providers(configuration, b, get(root, 'configuration')), errors: [] };
}

/** Scans `terraform show -json` plan or state files; a broken file is an error and the others go on. */
export async function scanTerraformPlan(files: string[]): Promise<IacSourceResult> {
  const resources: Resource[] = [];
  const errors: InputError[] = [];
  const filesScanned: string[] = [];
  const filesFailed: string[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (e) {
      errors.push({ file, line: 1, column: 1, message: `cannot read file: ${(e as Error).message}` });
      filesFailed.push(file);
      continue;
    }
    const parsed = planInstances(file, text);
    if (parsed.errors.length > 0) {
      errors.push(...parsed.errors);
      filesFailed.push(file);
      continue;
    }
    const adapted = adaptTerraform(parsed.instances, parsed.providers, { framework: 'terraform-plan', uid: (i) => `${file}:${i.address}` });
    resources.push(...adapted.resources);
    errors.push(...adapted.errors);
    filesScanned.push(file);
  }
  return { framework: 'terraform-plan', resources, errors, filesScanned, filesFailed, suppressions: [] };
}
