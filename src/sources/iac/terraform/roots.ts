import { readdirSync, statSync } from 'node:fs';
import type { Dirent } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { findAttr, literalString } from './eval/body.js';
import { Loader, listTfFiles } from './eval/loader.js';
import { readTextCached } from './eval/file-cache.js';
import { EvalError } from './eval/values.js';

const SKIP_DIRS = new Set(['.terraform', '.git', 'node_modules', '.terragrunt-cache']);

/** Directories with .tf files under the given paths (files or dirs), excluding `.terraform/` and directories used only as local modules by another root in the set. */
export async function findTerraformRoots(paths: string[]): Promise<string[]> {
  const dirs = new Set<string>();
  const listings = new Map<string, Map<string, Dirent> | undefined>();
  for (const p of paths) {
    const abs = resolve(p);
    const st = kindOf(abs, listings);
    if (!st) continue;
    if (st.isFile()) {
      if (abs.endsWith('.tf') || abs.endsWith('.tf.json')) dirs.add(dirname(abs));
    } else if (st.isDirectory()) await walk(abs, dirs);
  }
  const used = new Set<string>();
  for (const d of dirs) for (const m of localModuleDirs(d)) if (m !== d) used.add(m);
  const loader = new Loader(process.cwd());
  return [...dirs]
    .filter((d) => !used.has(d))
    .map((d) => loader.display(d))
    .sort();
}

/**
 * Whether a path is a file or a directory (following links), or undefined when it cannot be read. A scan
 * passes every discovered file here: their parent directories' listings answer for all but links, so
 * thousands of files cost one readdir per directory instead of one stat each.
 */
function kindOf(abs: string, listings: Map<string, Map<string, Dirent> | undefined>): { isFile(): boolean; isDirectory(): boolean } | undefined {
  const dir = dirname(abs);
  let listing = listings.get(dir);
  if (!listings.has(dir)) {
    try {
      listing = new Map(readdirSync(dir, { withFileTypes: true }).map((e) => [e.name, e]));
    } catch {
      listing = undefined;
    }
    listings.set(dir, listing);
  }
  const e = dir === abs ? undefined : listing?.get(basename(abs));
  if (e && (e.isFile() || e.isDirectory())) return e;
  try {
    return statSync(abs, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

async function walk(dir: string, out: Set<string>): Promise<void> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return;
  }
  if (entries.some((e) => e.isFile() && (e.name.endsWith('.tf') || e.name.endsWith('.tf.json')))) out.add(dir);
  for (const e of entries) if (e.isDirectory() && !SKIP_DIRS.has(e.name) && !e.name.startsWith('.')) await walk(join(dir, e.name), out);
}

const MODULE_BLOCK = /(^|\n)\s*module\s*["{]|"module"\s*:/;

function readText(file: string): string {
  try {
    // Cached for the scan: the evaluator reads the same files next.
    return readTextCached(file);
  } catch {
    return '';
  }
}

/** Directories that `dir` calls as local modules (`source = "./x"` or `"../x"`). */
function localModuleDirs(dir: string): string[] {
  const files = listTfFiles(dir);
  // Parsing is only needed where a module block can be: most directories have none, and parsing them
  // here would double the cost of a scan (they are parsed again when evaluated).
  if (!files.some((f) => MODULE_BLOCK.test(readText(join(dir, f))))) return [];
  const loader = new Loader(dir);
  const decls = loader.load(dir);
  const out: string[] = [];
  const scope = {
    file: '',
    names: new Map(),
    resolver: {
      moduleDir: dir,
      resolve: (): never => {
        throw new EvalError('module source must be a literal');
      },
    },
  };
  for (const m of decls.modules.values()) {
    if (!findAttr(m.node.body, 'source')) continue;
    const src = literalString(m.node.body, 'source', scope);
    if (src && (src.startsWith('./') || src.startsWith('../'))) out.push(resolve(dir, src));
  }
  return out;
}
