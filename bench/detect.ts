/**
 * Detection benchmark (issue 6: `npm run bench -- detect [events=1000000]`): every CloudTrail detection over
 * a generated day of one-event-per-line CloudTrail (bench/cloudtrail-corpus.ts), against the floor of a bare
 * pass over the same file: read it in chunks, split lines, JSON.parse each. Goal: the whole pipeline
 * (read, parse, normalize, every detection) at >= 0.5 of the floor's events/s. Each phase runs in a fresh
 * child process, so its peak RSS is its own; the better of two runs counts.
 */
import { spawnSync } from 'node:child_process';
import { createReadStream, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ensureCloudTrailCorpus } from './cloudtrail-corpus.js';

interface PhaseResult { seconds: number; events: number; fired: number; maxRssMiB: number; detections: number }

async function floor(file: string): Promise<PhaseResult> {
  const t0 = performance.now();
  let events = 0;
  let carry = '';
  for await (const chunk of createReadStream(file, { encoding: 'utf8' }) as AsyncIterable<string>) {
    const text = carry + chunk;
    let from = 0;
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', from)) {
      JSON.parse(text.slice(from, nl));
      events++;
      from = nl + 1;
    }
    carry = text.slice(from);
  }
  return { seconds: (performance.now() - t0) / 1000, events, fired: 0, detections: 0, maxRssMiB: process.resourceUsage().maxRSS / 1024 };
}

async function pipeline(file: string): Promise<PhaseResult> {
  const { readCloudTrailBatches } = await import('../src/sources/logs/cloudtrail/read.js');
  const { runDetections } = await import('../src/detect/engine.js');
  const { selectDetections } = await import('../src/detect/registry.js');
  const { detectContext } = await import('../src/detect/kit/context.js');
  const detections = selectDetections('aws');
  const ctx = detectContext({ knownAccounts: ['111111111111', '222222222222', '333333333333', '444444444444'], usedRegions: ['us-east-1', 'eu-west-1', 'us-west-2'] });
  const t0 = performance.now();
  let fired = 0;
  let errors = 0;
  const { events } = await runDetections(readCloudTrailBatches([file], { onError: () => errors++ }), detections, ctx, () => fired++);
  if (errors > 0) throw new Error(`${errors} input errors in the generated corpus`);
  return { seconds: (performance.now() - t0) / 1000, events, fired, detections: detections.length, maxRssMiB: process.resourceUsage().maxRSS / 1024 };
}

function runPhase(phase: 'floor' | 'pipeline', file: string): PhaseResult {
  const runner = fileURLToPath(new URL('./run.ts', import.meta.url));
  const r = spawnSync(process.execPath, ['--import', 'tsx', runner, 'detect', '--phase', phase, file], { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (r.status !== 0) throw new Error(`${phase} phase failed:\n${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as PhaseResult;
}

export async function main(args: string[]): Promise<void> {
  if (args[0] === '--phase') {
    const res = args[1] === 'floor' ? await floor(args[2]!) : await pipeline(args[2]!);
    process.stdout.write(`${JSON.stringify(res)}\n`);
    return;
  }
  const arg = args.find((a) => a.startsWith('events='));
  const count = arg ? Number(arg.slice(7)) : 1_000_000;
  if (!Number.isInteger(count) || count < 1) throw new Error(`usage: npm run bench -- detect [events=N] (bad "${arg}")`);
  const dir = fileURLToPath(new URL('./.corpus/', import.meta.url));
  mkdirSync(dir, { recursive: true });
  const file = `${dir}cloudtrail-${count}.jsonl`;
  const bytes = await ensureCloudTrailCorpus(file, count);
  console.log(`corpus: ${count.toLocaleString('en')} CloudTrail events, ${(bytes / 1024 / 1024).toFixed(0)} MiB, one per line (${file})`);
  let best: { floor?: PhaseResult; pipeline?: PhaseResult } = {};
  for (let i = 0; i < 2; i++) {
    const f = runPhase('floor', file);
    const p = runPhase('pipeline', file);
    best = { floor: !best.floor || f.seconds < best.floor.seconds ? f : best.floor, pipeline: !best.pipeline || p.seconds < best.pipeline.seconds ? p : best.pipeline };
  }
  const f = best.floor!;
  const p = best.pipeline!;
  const row = (name: string, r: PhaseResult) => `${name.padEnd(26)} ${r.seconds.toFixed(2).padStart(7)} s ${Math.round(r.events / r.seconds).toLocaleString('en').padStart(11)} events/s   peak RSS ${r.maxRssMiB.toFixed(0)} MiB`;
  console.log('best of 2 runs each:');
  console.log(row('JSON.parse per line (floor)', f));
  console.log(row(`${p.detections} detections (pipeline)`, p));
  console.log(`detections fired: ${p.fired.toLocaleString('en')}`);
  console.log(`ratio pipeline / floor throughput: ${(f.seconds / p.seconds).toFixed(2)} (goal >= 0.5)`);
}
