/**
 * Resolving a `--world` argument: `demo`, `scale:accounts=N,resources=M`, or a YAML/JSON file. The demo
 * world (`world/demo.ts` or `world/demo/index.ts`) and the scale generator (`world/scale.ts` or
 * `world/scale/index.ts`) belong to other modules; they are loaded dynamically so simcloud works (with
 * files) before they exist, and a clear error says when they do not.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadWorldFile } from './load.js';
import type { WorldInput } from './schema.js';

/** Raised when a `--world` argument cannot be resolved (a usage problem, not a crash). */
export class WorldSpecError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WorldSpecError';
  }
}

/** Parameters of a generated world. */
export interface ScaleSpec {
  readonly accounts: number;
  readonly resources: number;
}

/** Parses `scale:accounts=N,resources=M` (both positive integers; resources default 100). */
export function parseScaleSpec(spec: string): ScaleSpec {
  const params = new Map<string, string>();
  for (const part of spec.slice('scale:'.length).split(',').filter(Boolean)) {
    const [k, v] = part.split('=');
    if (!k || v === undefined) throw new WorldSpecError(`malformed scale parameter "${part}" (expected key=value)`);
    params.set(k.trim(), v.trim());
  }
  for (const k of params.keys()) if (k !== 'accounts' && k !== 'resources') throw new WorldSpecError(`unknown scale parameter "${k}" (accounts, resources)`);
  const num = (k: string, dflt?: number) => {
    const v = params.get(k);
    if (v === undefined && dflt !== undefined) return dflt;
    const n = Number(v);
    if (!Number.isInteger(n) || n < 1) throw new WorldSpecError(`scale:${k} must be a positive integer, got ${v ?? '(missing)'}`);
    return n;
  };
  return { accounts: num('accounts'), resources: num('resources', 100) };
}

/** Imports `./<name>.js` or `./<name>/index.js` next to this module (source or built), if present. */
async function sibling(name: string): Promise<Record<string, unknown> | undefined> {
  for (const base of [`./${name}`, `./${name}/index`]) {
    const exists = ['.ts', '.js'].some((ext) => existsSync(fileURLToPath(new URL(`${base}${ext}`, import.meta.url))));
    if (exists) return (await import(new URL(`${base}.js`, import.meta.url).href)) as Record<string, unknown>;
  }
  return undefined;
}

function pick(mod: Record<string, unknown>, names: readonly string[]): unknown {
  for (const n of names) if (mod[n] !== undefined) return mod[n];
  return undefined;
}

/** The `WorldInput` a `--world` argument names. */
export async function resolveWorldSpec(spec: string): Promise<WorldInput> {
  if (spec === 'demo') {
    const mod = await sibling('demo');
    if (!mod) throw new WorldSpecError('the demo world is not built yet (neither src/simcloud/world/demo.ts nor demo/index.ts exists); pass --world FILE');
    const w = pick(mod, ['demoWorld', 'DEMO_WORLD', 'default']);
    const world = typeof w === 'function' ? await (w as () => WorldInput | Promise<WorldInput>)() : w;
    if (!world || typeof world !== 'object') throw new WorldSpecError('src/simcloud/world/demo.ts exports no demo world (expected demoWorld() or DEMO_WORLD)');
    return world as WorldInput;
  }
  if (spec.startsWith('scale:')) {
    const params = parseScaleSpec(spec);
    const mod = await sibling('scale');
    if (!mod) throw new WorldSpecError('the scale world generator is not built yet (neither src/simcloud/world/scale.ts nor scale/index.ts exists)');
    const gen = pick(mod, ['scaleWorld', 'generateScaleWorld', 'generateWorld', 'default']);
    if (typeof gen !== 'function') throw new WorldSpecError('src/simcloud/world/scale.ts exports no generator (expected scaleWorld({accounts, resources}))');
    return (await (gen as (p: ScaleSpec) => WorldInput | Promise<WorldInput>)(params)) as WorldInput;
  }
  if (!existsSync(spec)) throw new WorldSpecError(`world file not found: ${spec} (use demo, scale:accounts=N,resources=M or a YAML/JSON file)`);
  return loadWorldFile(spec);
}
