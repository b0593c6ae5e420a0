import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { InputError } from '../../shared/errors.js';

/** Folders never worth descending into; `.terraform/modules` is read by the Terraform evaluator itself. */
const SKIP_DIRS = new Set(['node_modules', '.git', '.terraform', '.terragrunt-cache', '.serverless', 'cdk.out', '.cloudwarden']);

const TEXT_EXTENSIONS = new Set(['.tf', '.json', '.yaml', '.yml', '.template']);

/** Every candidate IaC file under the given paths (files are taken as given), sorted for stable output. */
export async function listCandidateFiles(paths: readonly string[]): Promise<{ files: string[]; errors: InputError[] }> {
  const files: string[] = [];
  const errors: InputError[] = [];
  async function walk(p: string, explicit: boolean): Promise<void> {
    let st;
    try {
      st = await stat(p);
    } catch (e) {
      errors.push({ file: p, line: 0, column: 0, message: `cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` });
      return;
    }
    if (st.isDirectory()) {
      const entries = await readdir(p);
      for (const name of entries.sort()) {
        if (SKIP_DIRS.has(name)) continue;
        await walk(join(p, name), false);
      }
    } else if (explicit || TEXT_EXTENSIONS.has(extname(p).toLowerCase())) {
      files.push(p);
    }
  }
  for (const p of paths) await walk(p, true);
  return { files: [...new Set(files)].sort(), errors };
}

/** Reads a file's first bytes, enough to classify JSON/YAML documents. */
export async function readHead(file: string, bytes = 64 * 1024): Promise<string> {
  const text = await readFile(file, 'utf8');
  return text.length > bytes ? text.slice(0, bytes) : text;
}
