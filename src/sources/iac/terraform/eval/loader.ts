import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import type { Dirent } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import type { InputError } from '../../../../shared/errors.js';
import { findInlineSuppressions } from '../../suppressions.js';
import type { InlineSuppression } from '../../types.js';
import type { Attribute, Block } from '../hcl/index.js';
import { parseHclFile } from '../hcl/index.js';
import { readTextCached } from './file-cache.js';
import { parseTfJson } from './tfjson.js';

export interface Located<T> {
  readonly node: T;
  readonly file: string;
}

/** The declarations of one module directory (parsed once, shared by every instance of the module). */
export interface ModuleDecls {
  readonly dir: string;
  readonly variables: Map<string, Located<Block>>;
  readonly locals: Map<string, Located<Attribute>>;
  readonly outputs: Map<string, Located<Block>>;
  /** Keyed `type.name`. */
  readonly resources: Map<string, Located<Block>>;
  readonly data: Map<string, Located<Block>>;
  readonly modules: Map<string, Located<Block>>;
  readonly providers: Located<Block>[];
}

/** Shared state of one root's evaluation: parsed directories, errors, files read, suppressions. */
export class Loader {
  readonly errors: InputError[] = [];
  readonly filesScanned = new Set<string>();
  readonly filesFailed = new Set<string>();
  readonly suppressions: InlineSuppression[] = [];
  private readonly dirs = new Map<string, ModuleDecls>();
  private readonly errorKeys = new Set<string>();
  private modulesJson?: Map<string, string>;
  /** display() results for `displayCwd`: every instance asks for its root's display path. */
  private readonly displayed = new Map<string, string>();
  private displayCwd = '';

  constructor(readonly rootDir: string) {}

  /** Paths as shown to users: relative to the working directory, or absolute when outside it. */
  display(abs: string): string {
    const cwd = process.cwd();
    if (cwd !== this.displayCwd) {
      this.displayed.clear();
      this.displayCwd = cwd;
    }
    let shown = this.displayed.get(abs);
    if (shown === undefined) {
      const r = relative(cwd, abs);
      shown = r === '' ? '.' : r.startsWith('..') || isAbsolute(r) ? abs : r;
      this.displayed.set(abs, shown);
    }
    return shown;
  }

  addError(e: InputError): void {
    const k = `${e.file}:${e.line}:${e.column}:${e.message}`;
    if (this.errorKeys.has(k)) return;
    this.errorKeys.add(k);
    this.errors.push(e);
  }

  load(dir: string): ModuleDecls {
    const cached = this.dirs.get(dir);
    if (cached) return cached;
    const d: ModuleDecls = { dir, variables: new Map(), locals: new Map(), outputs: new Map(), resources: new Map(), data: new Map(), modules: new Map(), providers: [] };
    this.dirs.set(dir, d);
    const files = listTfFiles(dir);
    // display(dir/name) is display(dir) joined with the name: one path.relative per directory, not per file.
    const relDir = files.length ? relative(process.cwd(), dir) : '';
    for (const name of files) {
      const abs = join(dir, name);
      const r = join(relDir, name);
      const file = r.startsWith('..') || isAbsolute(r) ? abs : r;
      let text: string;
      try {
        text = readTextCached(abs);
      } catch (e) {
        this.addError({ file, line: 1, column: 1, message: `cannot read file: ${(e as Error).message}` });
        this.filesFailed.add(file);
        continue;
      }
      this.suppressions.push(...findInlineSuppressions(file, text));
      const parsed = name.endsWith('.json') ? parseTfJson(file, text) : parseHclFile(file, text);
      if (parsed.errors.length) {
        parsed.errors.forEach((e) => this.addError(e));
        this.filesFailed.add(file);
        continue;
      }
      this.filesScanned.add(file);
      for (const it of parsed.body.items) if (it.kind === 'block') this.declare(d, it, file);
    }
    return d;
  }

  private declare(d: ModuleDecls, b: Block, file: string): void {
    const at = { node: b, file };
    const [l0, l1] = b.labels;
    switch (b.type) {
      case 'variable':
        if (l0 !== undefined) d.variables.set(l0, at);
        break;
      case 'output':
        if (l0 !== undefined) d.outputs.set(l0, at);
        break;
      case 'locals':
        for (const it of b.body.items) if (it.kind === 'attribute') d.locals.set(it.name, { node: it, file });
        break;
      case 'resource':
      case 'data':
        if (l0 !== undefined && l1 !== undefined) (b.type === 'resource' ? d.resources : d.data).set(`${l0}.${l1}`, at);
        break;
      case 'module':
        if (l0 !== undefined) d.modules.set(l0, at);
        break;
      case 'provider':
        if (l0 !== undefined) d.providers.push(at);
        break;
      default:
        // terraform, moved, import, check, removed blocks carry no resource configuration.
        break;
    }
  }

  /** Directory of a module call: local paths relative to the caller, others from `.terraform/modules/modules.json`. */
  moduleDir(callerDir: string, key: string, source: string): string | undefined {
    if (source.startsWith('./') || source.startsWith('../') || source === '.' || source === '..') {
      const dir = resolve(callerDir, source);
      return existsSync(dir) ? dir : undefined;
    }
    const dir = this.readModulesJson().get(key);
    return dir !== undefined && existsSync(dir) ? dir : undefined;
  }

  private readModulesJson(): Map<string, string> {
    if (this.modulesJson) return this.modulesJson;
    this.modulesJson = new Map();
    const path = join(this.rootDir, '.terraform', 'modules', 'modules.json');
    if (!existsSync(path)) return this.modulesJson;
    try {
      const j = JSON.parse(readFileSync(path, 'utf8')) as { Modules?: { Key?: string; Dir?: string }[] };
      for (const m of j.Modules ?? []) if (typeof m.Key === 'string' && typeof m.Dir === 'string') this.modulesJson.set(m.Key, resolve(this.rootDir, m.Dir));
    } catch (e) {
      this.addError({ file: this.display(path), line: 1, column: 1, message: `cannot read modules.json: ${(e as Error).message}` });
    }
    return this.modulesJson;
  }
}

/**
 * `.tf` and `.tf.json` files of a directory in name order. Override files (`override.tf`, `*_override.tf`)
 * are skipped: merging them into the blocks they override is not implemented.
 */
export function listTfFiles(dir: string): string[] {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  const out: string[] = [];
  for (const e of entries) {
    const n = e.name;
    if (!(n.endsWith('.tf') || n.endsWith('.tf.json')) || OVERRIDE_FILE.test(n)) continue;
    // The entry's own type answers for regular files; links (and file systems that do not report a
    // type) are followed with stat, as before.
    if (e.isFile() || ((e.isSymbolicLink() || isUnknownType(e)) && isFileFollowingLinks(join(dir, n)))) out.push(n);
  }
  return out.sort();
}

const OVERRIDE_FILE = /(^|_)override\.tf(\.json)?$/;

function isUnknownType(e: Dirent): boolean {
  return !e.isFile() && !e.isDirectory() && !e.isSymbolicLink() && !e.isFIFO() && !e.isSocket() && !e.isBlockDevice() && !e.isCharacterDevice();
}

function isFileFollowingLinks(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
