/**
 * Every detection's examples, through the real normalizer of its provider's log format and the detection
 * engine: each `fires` scenario fires the detection (citing only events of the scenario), each `quiet`
 * scenario does not. DETECTION=prefix narrows the run.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DETECTION_FILES } from '../detect/catalog.generated.js';
import { runDetections, type DetectionResult } from '../detect/engine.js';
import { detectContext, mapBaseline } from '../detect/kit/context.js';
import type { DetectionDefinition, GeoLookup } from '../detect/kit/detection.js';
import type { DetectionExamples, DetectionScenario } from '../detect/kit/examples.js';
import type { AuditEvent } from '../model/audit/event.js';
import { NORMALIZERS } from '../sources/logs/normalize.js';

const only = process.env['DETECTION'];
const detectRoot = fileURLToPath(new URL('../detect/', import.meta.url));

async function run(d: DetectionDefinition, s: DetectionScenario): Promise<DetectionResult[]> {
  const normalize = NORMALIZERS[d.provider];
  assert.ok(normalize, `no normalizer for ${d.provider}`);
  const events: AuditEvent[] = s.records.map((r, index) => {
    const e = normalize(r, { file: `${d.id}.examples`, index });
    assert.notEqual(typeof e, 'string', `${d.id} / ${s.name}: record ${index} does not normalize: ${String(e)}`);
    return e as AuditEvent;
  });
  const c = s.context ?? {};
  const geo: GeoLookup | undefined = c.geo ? { locate: (ip) => c.geo![ip] } : undefined;
  const ctx = detectContext({ ...(c.badIps ? { badIps: c.badIps } : {}), ...(c.knownAccounts ? { knownAccounts: c.knownAccounts } : {}), ...(c.usedRegions ? { usedRegions: c.usedRegions } : {}), ...(geo ? { geo } : {}), ...(c.baseline ? { baseline: mapBaseline(c.baseline) } : {}) });
  const out: DetectionResult[] = [];
  await runDetections(events, [d], ctx, (r) => out.push(r));
  const ids = new Set(events.map((e) => e.id));
  for (const r of out) for (const id of r.events) assert.ok(ids.has(id), `${d.id} / ${s.name}: cites event ${id} not in the scenario`);
  return out;
}

for (const { file, detection } of DETECTION_FILES) {
  if (only && !detection.id.startsWith(only)) continue;
  test(`${detection.id} examples`, async () => {
    const examplesFile = `${detectRoot}${file.replace(/\.ts$/, '.examples.ts')}`;
    assert.ok(existsSync(examplesFile), `${file} has no examples file`);
    const examples = ((await import(pathToFileURL(examplesFile).href)) as { default: DetectionExamples }).default;
    for (const s of examples.fires) {
      const fired = await run(detection, s);
      assert.ok(fired.length > 0, `${detection.id} must fire: ${s.name}`);
    }
    for (const s of examples.quiet) {
      const fired = await run(detection, s);
      assert.deepEqual(fired.map((r) => r.message), [], `${detection.id} must stay quiet: ${s.name}`);
    }
  });
}
