/**
 * IaC scanning benchmark (issue: ratio of the whole scan to parsing alone ≤ 1.5).
 * Generates ≥ 5,000 Terraform files, then runs two phases in fresh child processes so each peak RSS is its own:
 *   parse — read and parse every file (the floor);
 *   scan  — the whole `cloudwarden iac` pipeline minus output: discover, parse, evaluate, adapt, run every rule.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { readdirSync, statSync } from 'node:fs';
import { ensureTerraformCorpus } from './tf-corpus.js';

function corpusSize(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const d of readdirSync(dir)) for (const f of readdirSync(join(dir, d))) {
    files++;
    bytes += statSync(join(dir, d, f)).size;
  }
  return { files, bytes };
}

interface PhaseResult { seconds: number; cpuSeconds: number; maxRssMiB: number; detail: Record<string, number> }

function runPhase(phase: 'parse' | 'scan' | 'phases', dir: string): PhaseResult {
  const phaseFile = fileURLToPath(new URL('./iac-phase.ts', import.meta.url));
  const r = spawnSync(process.execPath, ['--import', 'tsx', phaseFile, phase, dir], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`${phase} phase failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as PhaseResult;
}

/** The phases run the compiled code: build it first so the figures are for what users run. */
function build(): void {
  const r = spawnSync('npm', ['run', 'build', '--silent'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (r.status !== 0) throw new Error(`npm run build failed:\n${r.stdout}${r.stderr}`);
}

export async function main(args: string[]): Promise<void> {
  build();
  const files = Number(args.find((a) => /^\d+$/.test(a)) ?? 5000);
  const root = fileURLToPath(new URL('./.corpus/', import.meta.url));
  const dir = ensureTerraformCorpus(root, files);
  const { files: n, bytes } = corpusSize(dir);
  const mb = bytes / 1024 / 1024;
  console.log(`corpus: ${n} Terraform files, ${mb.toFixed(1)} MB in ${readdirSync(dir).length} root modules (${dir})`);
  const rounds = 2;
  let parse: PhaseResult | undefined;
  let scan: PhaseResult | undefined;
  let stages: PhaseResult | undefined;
  for (let i = 0; i < rounds; i++) {
    const p = runPhase('parse', dir);
    const s = runPhase('scan', dir);
    const st = runPhase('phases', dir);
    if (!parse || p.seconds < parse.seconds) parse = p;
    if (!scan || s.seconds < scan.seconds) scan = s;
    if (!stages || st.cpuSeconds < stages.cpuSeconds) stages = st;
  }
  const row = (name: string, r: PhaseResult) =>
    `${name.padEnd(16)} ${r.seconds.toFixed(2).padStart(7)} s ${(n / r.seconds).toFixed(0).padStart(8)} files/s ${(mb / r.seconds).toFixed(2).padStart(7)} MB/s   peak RSS ${r.maxRssMiB.toFixed(0)} MiB`;
  console.log(`best of ${rounds} runs each:`);
  console.log(row('parse (floor)', parse!));
  console.log(row('whole scan', scan!));
  console.log(`scan detail: ${Object.entries(scan!.detail).map(([k, v]) => `${k}=${v}`).join(' ')}`);
  console.log(`scan stages (CPU ms, run apart): ${Object.entries(stages!.detail).map(([k, v]) => `${k.replace(/Ms$/, '')}=${v}`).join(' ')}`);
  console.log(`ratio whole scan / parse: ${(scan!.seconds / parse!.seconds).toFixed(2)} (goal ≤ 1.5); in CPU time: ${(scan!.cpuSeconds / parse!.cpuSeconds).toFixed(2)}`);
}
