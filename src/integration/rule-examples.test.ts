/**
 * The global example test: every rule's good / bad / unknown examples go through the real parsers and
 * adapters (Terraform, CloudFormation, Kubernetes) and the real runner. A good example must yield at least
 * one pass and no fail, a bad one at least one fail, an unknown one at least one unknown and no fail.
 * Filter with RULE=<id prefix>.
 */
import { test, describe, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { RULE_FILES } from '../rules/catalog.generated.js';
import type { AnyRule } from '../rules/kit/rule.js';
import type { RuleExamples } from '../rules/kit/examples.js';
import type { Finding } from '../findings/finding.js';
import type { Resource } from '../model/core/index.js';
import { Inventory } from '../engine/inventory.js';
import { runRules } from '../engine/runner.js';
import { scanIac, type IacFramework } from '../sources/iac/index.js';

const rulesDir = new URL('../rules/', import.meta.url);
const filter = process.env['RULE'];
const NOW = new Date('2026-06-01T00:00:00Z');

const FILE_NAME: Record<'terraform' | 'cloudformation' | 'kubernetes', string> = {
  terraform: 'main.tf',
  cloudformation: 'template.yaml',
  kubernetes: 'manifest.yaml',
};

let work: string | undefined;
async function workDir(): Promise<string> {
  work ??= await mkdtemp(join(tmpdir(), 'cw-examples-'));
  return work;
}
after(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

let counter = 0;
async function findingsFor(rule: AnyRule, framework: keyof typeof FILE_NAME, text: string): Promise<{ findings: Finding[]; errors: string[] }> {
  const dir = join(await workDir(), String(counter++));
  const { mkdir } = await import('node:fs/promises');
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, FILE_NAME[framework]), text);
  const scanned = await scanIac([dir], { frameworks: [framework as IacFramework] });
  const resources = scanned.results.flatMap((r) => r.resources);
  const errors = scanned.results.flatMap((r) => r.errors).map((e) => `${e.file}:${e.line}:${e.column}: ${e.message}`);
  return { findings: runRules(new Inventory(resources), [rule], { now: NOW }), errors };
}

/** Findings on the judged resource: the example itself, or the first of a group (the rest is its context). */
function modelFindings(rule: AnyRule, example: Resource | readonly Resource[]): Finding[] {
  const group: readonly Resource[] = Array.isArray(example) ? example : [example as Resource];
  const judged = group[0]!.uid;
  return runRules(new Inventory(group), [rule], { now: NOW }).filter((f) => f.resource.id === judged);
}

function describeFindings(fs: readonly Finding[]): string {
  return fs.length === 0 ? 'no findings (the rule never applied: is the resource type adapted?)' : fs.map((f) => `${f.status}: ${f.message}`).join(' | ');
}

function expectVerdict(kind: 'good' | 'bad' | 'unknown', fs: readonly Finding[], errors: readonly string[] = []): void {
  const statuses = new Set(fs.map((f) => f.status));
  const ctx = `${describeFindings(fs)}${errors.length ? `; parse errors: ${errors.join('; ')}` : ''}`;
  if (kind === 'bad') assert.ok(statuses.has('fail'), `expected a fail: ${ctx}`);
  if (kind === 'good') assert.ok(statuses.has('pass') && !statuses.has('fail'), `expected pass and no fail: ${ctx}`);
  if (kind === 'unknown') assert.ok(statuses.has('unknown') && !statuses.has('fail'), `expected unknown and no fail: ${ctx}`);
}

for (const { file, rule } of RULE_FILES) {
  if (filter && !rule.id.startsWith(filter)) continue;
  describe(rule.id, () => {
    const examplesPath = new URL(file.replace(/\.ts$/, '.examples.ts'), rulesDir);
    test('has examples with at least one good and one bad', async () => {
      assert.ok(existsSync(examplesPath), `missing ${file.replace(/\.ts$/, '.examples.ts')}`);
      const ex = ((await import(pathToFileURL(examplesPath.pathname).href)) as { default: RuleExamples }).default;
      const sets = [ex.terraform, ex.cloudformation, ex.kubernetes, ex.model].filter((s) => s !== undefined);
      assert.ok(sets.reduce((n, s) => n + s.good.length, 0) >= 1, 'no good example');
      assert.ok(sets.reduce((n, s) => n + s.bad.length, 0) >= 1, 'no bad example');
    });
    if (!existsSync(examplesPath)) return;
    test('examples hold through the real parsers and adapters', async (t) => {
      const ex = ((await import(pathToFileURL(examplesPath.pathname).href)) as { default: RuleExamples }).default;
      for (const framework of ['terraform', 'cloudformation', 'kubernetes'] as const) {
        const set = ex[framework];
        if (!set) continue;
        for (const kind of ['good', 'bad', 'unknown'] as const) {
          for (const [i, text] of (set[kind] ?? []).entries()) {
            await t.test(`${framework} ${kind} #${i + 1}`, async () => {
              const { findings, errors } = await findingsFor(rule, framework, text);
              expectVerdict(kind, findings, errors);
            });
          }
        }
      }
      if (ex.model) {
        for (const kind of ['good', 'bad', 'unknown'] as const) {
          for (const [i, r] of (ex.model[kind] ?? []).entries()) {
            await t.test(`model ${kind} #${i + 1}`, () => expectVerdict(kind, modelFindings(rule, r)));
          }
        }
      }
    });
  });
}
