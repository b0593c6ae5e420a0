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
    if (st.isDirectory()) await walkDir(p);
    else if (explicit || TEXT_EXTENSIONS.has(extname(p).toLowerCase())) files.push(p);
  }
  // A directory's entries say what they are, so only links (and entries of unknown type) need a stat:
  // one stat per file was most of the discovery time of a large tree.
  async function walkDir(dir: string): Promise<void> {
    const entries = await readdir(dir, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (SKIP_DIRS.has(e.name)) continue;
      const child = join(dir, e.name);
      if (e.isDirectory()) await walkDir(child);
      else if (e.isSymbolicLink() || !(e.isFile() || e.isFIFO() || e.isSocket() || e.isBlockDevice() || e.isCharacterDevice())) await walk(child, false);
      else if (TEXT_EXTENSIONS.has(extname(child).toLowerCase())) files.push(child);
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
