/**
 * The engine hands a detection only the events of its declared `services` and `actions`. A declaration
 * narrower than the detection's own gate would silently drop events, so:
 *  - every firing example of a detection that declares actions is replayed with its actions swapped for
 *    every other action known to the catalogue (and near-miss spellings of its own): the detection, run
 *    without routing, must fire only when the swapped-in action is declared;
 *  - the demo world's day of CloudTrail and every detection's examples run through the routed engine and
 *    through one that routes nothing give the same detections.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { DETECTION_FILES } from '../detect/catalog.generated.js';
import { runDetections, type DetectionResult } from '../detect/engine.js';
import { detectContext, mapBaseline } from '../detect/kit/context.js';
import type { DetectContext, DetectionDefinition, GeoLookup } from '../detect/kit/detection.js';
import type { DetectionExamples, DetectionScenario } from '../detect/kit/examples.js';
import type { AuditEvent } from '../model/audit/event.js';
import { NORMALIZERS } from '../sources/logs/normalize.js';
import { demoAuditDay } from '../simcloud/world/demo/audit/index.js';

const detectRoot = fileURLToPath(new URL('../detect/', import.meta.url));

interface Loaded {
  readonly detection: DetectionDefinition;
  readonly examples: DetectionExamples;
}

async function loadAll(): Promise<Loaded[]> {
  const out: Loaded[] = [];
  for (const { file, detection } of DETECTION_FILES) {
    const examples = ((await import(pathToFileURL(`${detectRoot}${file.replace(/\.ts$/, '.examples.ts')}`).href)) as { default: DetectionExamples }).default;
    out.push({ detection, examples });
  }
  return out;
}

function eventsOf(d: DetectionDefinition, s: DetectionScenario): AuditEvent[] {
  const normalize = NORMALIZERS[d.provider]!;
  return s.records.map((r, index) => normalize(r, { file: `${d.id}.examples`, index }) as AuditEvent);
}

function contextOf(s: DetectionScenario): DetectContext {
  const c = s.context ?? {};
  const geo: GeoLookup | undefined = c.geo ? { locate: (ip) => c.geo![ip] } : undefined;
  return detectContext({ ...(c.badIps ? { badIps: c.badIps } : {}), ...(c.knownAccounts ? { knownAccounts: c.knownAccounts } : {}), ...(c.usedRegions ? { usedRegions: c.usedRegions } : {}), ...(geo ? { geo } : {}), ...(c.baseline ? { baseline: mapBaseline(c.baseline) } : {}) });
}

/** The same detection with no routing declaration: it sees every event. */
const unrouted = (d: DetectionDefinition): DetectionDefinition => ({ ...d, services: undefined, actions: undefined });

async function fires(d: DetectionDefinition, events: readonly AuditEvent[], ctx: DetectContext): Promise<boolean> {
  let fired = false;
  await runDetections(events, [d], ctx, () => (fired = true));
  return fired;
}

test('a detection that declares actions fires on no other action', async () => {
  const all = await loadAll();
  const known = new Set<string>();
  for (const { detection, examples } of all) {
    for (const a of detection.actions ?? []) for (const v of [a, `${a}s`, a.slice(0, -1), `${a}20150331v2`, `Batch${a}`]) known.add(v);
    for (const s of [...examples.fires, ...examples.quiet]) for (const e of eventsOf(detection, s)) known.add(e.action);
  }
  let checked = 0;
  const leaks: string[] = [];
  for (const { detection, examples } of all) {
    if (!detection.actions) continue;
    const declared = new Set(detection.actions);
    const open = unrouted(detection);
    for (const s of examples.fires) {
      const events = eventsOf(detection, s);
      const ctx = contextOf(s);
      assert.ok(await fires(open, events, ctx), `${detection.id} / ${s.name}: fires without routing`);
      for (const other of known) {
        if (declared.has(other)) continue;
        const swapped = events.map((e) => (declared.has(e.action) ? { ...e, action: other } : e));
        checked++;
        if (await fires(open, swapped, ctx)) leaks.push(`${detection.id} / ${s.name}: fires on ${other}, which its actions do not list`);
      }
    }
  }
  assert.deepEqual(leaks, []);
  assert.ok(checked > 10_000, `swapped ${checked} scenarios`);
});

test('routing changes no result: the demo day and every example, routed and unrouted', async () => {
  const all = await loadAll();
  const aws = all.filter((l) => l.detection.provider === 'aws').map((l) => l.detection);
  const demo = demoAuditDay().records.map((r, index) => NORMALIZERS.aws!(r, { file: 'demo', index }) as AuditEvent);
  const examples = all.filter((l) => l.detection.provider === 'aws' && !l.examples.fires.some((s) => s.context)).flatMap((l) => l.examples.fires.flatMap((s) => eventsOf(l.detection, s)));
  for (const [name, events] of [['demo day', demo], ['examples', examples]] as const) {
    const ctx = detectContext({ knownAccounts: ['111111111111', '222222222222', '333333333333', '444444444444'], usedRegions: ['us-east-1', 'eu-west-1'] });
    const routed: DetectionResult[] = [];
    const open: DetectionResult[] = [];
    await runDetections(events, aws, ctx, (r) => routed.push(r));
    await runDetections(events, aws.map(unrouted), ctx, (r) => open.push(r));
    const key = (r: DetectionResult) => `${r.detectionId} ${r.time} ${r.events.join(',')} ${r.message}`;
    assert.deepEqual(routed.map(key).sort(), open.map(key).sort(), `${name}: routed and unrouted results differ`);
    assert.ok(routed.length > 20, `${name}: ${routed.length} detections fired`);
  }
});
