/**
 * The CloudFormation source: parse YAML / JSON templates (short-form tags included), resolve intrinsic
 * functions against parameters, mappings and conditions, and adapt each supported resource into the AWS
 * model. A bad file becomes InputErrors; the other files go on.
 */
import { readFile } from 'node:fs/promises';
import type { Resource } from '../../../model/core/index.js';
import type { InputError } from '../../../shared/errors.js';
import { findInlineSuppressions } from '../suppressions.js';
import type { IacSourceResult, InlineSuppression } from '../types.js';
import { ADAPTERS } from './adapt/index.js';
import type { AdaptContext, ResolvedResource } from './adapt/context.js';
import type { CfnNode } from './node.js';
import { parseTemplate } from './parse.js';
import { NO_VALUE, Resolver, type ResolveOptions } from './resolve.js';
import { looksLikeTemplate, readTemplate, type Template } from './template.js';

/** Inputs from outside the templates: parameter values (override Defaults), and the target region and account. */
export interface CloudFormationOptions {
  parameters?: Record<string, string>;
  region?: string;
  accountId?: string;
}

/** Whether a text is a CloudFormation template: AWSTemplateFormatVersion, or a Resources map of `Type: AWS::…` entries. */
export function isCloudFormationTemplate(text: string): boolean {
  return looksLikeTemplate(text, () => {
    const p = parseTemplate('', text);
    return p.ok ? p.root : undefined;
  });
}

/** Scans template files. Never throws on bad input: unreadable or invalid files are reported in `errors`. */
export async function scanCloudFormation(files: string[], opts: CloudFormationOptions = {}): Promise<IacSourceResult> {
  const resources: Resource[] = [];
  const errors: InputError[] = [];
  const filesScanned: string[] = [];
  const filesFailed: string[] = [];
  const suppressions: InlineSuppression[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (e) {
      errors.push({ file, line: 1, column: 1, message: `cannot read file: ${(e as Error).message}` });
      filesFailed.push(file);
      continue;
    }
    const out = scanTemplateText(file, text, opts);
    resources.push(...out.resources);
    errors.push(...out.errors);
    suppressions.push(...findInlineSuppressions(file, text));
    (out.ok ? filesScanned : filesFailed).push(file);
  }
  return { framework: 'cloudformation', resources, errors, filesScanned, filesFailed, suppressions };
}

/** Parses, resolves and adapts one template text; `ok` is false when the file could not be read as a template. */
export function scanTemplateText(file: string, text: string, opts: ResolveOptions = {}): { ok: boolean; resources: Resource[]; errors: InputError[] } {
  const parsed = parseTemplate(file, text);
  if (!parsed.ok) return { ok: false, resources: [], errors: parsed.errors };
  const { template, errors } = readTemplate(file, parsed.root);
  if (!template) return { ok: false, resources: [], errors };
  const resources: Resource[] = [];
  const ctx = adaptContext(template, opts);
  for (const r of ctx.resources) {
    const adapter = ADAPTERS[r.type];
    if (!adapter) continue;
    try {
      resources.push(adapter(r, ctx));
    } catch (e) {
      // An adapter bug must not end the scan of the other resources; it is reported where it happened.
      errors.push({ file, line: r.range.startLine, column: r.range.startColumn, message: `cannot adapt ${r.logicalId} (${r.type}): ${(e as Error).message}` });
    }
  }
  return { ok: true, resources, errors };
}

function adaptContext(template: Template, opts: ResolveOptions): AdaptContext {
  const resolver = new Resolver(template, opts);
  const active: ResolvedResource[] = [];
  for (const r of template.resources) {
    // A resource whose condition is false is not created; an unresolvable condition keeps it (it may be).
    if (r.condition !== undefined && resolver.condition(r.condition) === false) continue;
    const resolved = r.properties === undefined ? NO_VALUE : resolver.resolve(r.properties);
    const props: CfnNode = resolved === NO_VALUE ? { t: 'map', entries: new Map(), range: r.range } : resolved;
    active.push({ logicalId: r.logicalId, type: r.type, props, range: r.range });
  }
  const byId = new Map(active.map((r) => [r.logicalId, r]));
  const byType = new Map<string, ResolvedResource[]>();
  for (const r of active) byType.set(r.type, [...(byType.get(r.type) ?? []), r]);
  const file = template.file;
  return {
    file,
    ...(opts.region !== undefined ? { region: opts.region } : {}),
    ...(opts.accountId !== undefined ? { accountId: opts.accountId } : {}),
    resources: active,
    byId: (id) => byId.get(id),
    ofType: (type) => byType.get(type) ?? [],
    uid: (id) => `${file}#${id}`,
    prov: (range, attribute) => ({ kind: 'iac', file, startLine: range.startLine, endLine: range.endLine, startColumn: range.startColumn, ...(attribute !== undefined ? { attribute } : {}) }),
  };
}
