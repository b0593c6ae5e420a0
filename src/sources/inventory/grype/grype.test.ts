import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Resource } from '../../../model/core/index.js';
import { importGrype } from './index.js';

const fixture = (name: string): string => fileURLToPath(new URL(`./testdata/${name}`, import.meta.url));
const ECR_IMAGE = 'arn:aws:ecr:eu-west-1:123456789012:repository/payments-api@sha256:4f7e2a1c9b8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f';
const prop = (r: Resource, k: string): unknown => (r.properties as Record<string, { value?: unknown }>)[k]?.value;

test('a Grype report of an ECR image lands on the ECR image uid; KEV entries mark the exploit, GHSA matches take their CVE', async () => {
  const out = await importGrype([fixture('ecr-payments-api.json')]);
  assert.deepEqual(out.errors, []);
  const image = out.resources.find((r) => r.type === 'aws.ecr.image')!;
  assert.equal(image.uid, ECR_IMAGE);
  assert.deepEqual(prop(image, 'tags'), ['1.4.2']);
  const vulns = out.resources.filter((r) => r.type === 'vulnerability.finding');
  assert.deepEqual(vulns.map((v) => [prop(v, 'vulnerabilityId'), prop(v, 'severity'), prop(v, 'cvssScore'), prop(v, 'exploitAvailable'), prop(v, 'fixAvailable')]), [
    ['CVE-2023-4911', 'HIGH', 7.8, true, 'YES'],
    ['CVE-2023-45853', 'CRITICAL', 9.8, null, 'NO'],
    ['CVE-2024-29041', 'MEDIUM', 6.1, null, 'YES'],
  ]);
  for (const v of vulns) assert.equal(prop(v, 'resourceUid'), ECR_IMAGE);
  assert.equal(prop(vulns[0]!, 'scanner'), 'grype');
  assert.deepEqual(vulns[2]!.source, { kind: 'import', file: fixture('ecr-payments-api.json'), format: 'grype', pointer: '/matches/2', line: 41 });
  assert.equal(prop(vulns[0]!, 'firstObservedAt'), '2026-11-20T08:31:12.118272Z');
});

test('a Docker Hub image keeps its reference uid with a note', async () => {
  const out = await importGrype([fixture('dockerhub-redis.json')]);
  assert.equal(out.resources.length, 1);
  assert.equal(prop(out.resources[0]!, 'resourceUid'), 'docker.io/library/redis@sha256:3134997edb04277814aa51a4175a588d45eb4fc6d8d8ef7a4d6eebdb5b0e2ef0');
  assert.match(out.notes[0]!, /not an Amazon ECR image/);
});

test('a Trivy report or broken JSON given to import grype is an error naming the file', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cw-grype-'));
  const trivy = join(dir, 'trivy.json');
  writeFileSync(trivy, JSON.stringify({ SchemaVersion: 2, ArtifactName: 'nginx', Results: [] }));
  const broken = join(dir, 'broken.json');
  writeFileSync(broken, '{"matches": [\n\n  {"vulnerability": }\n]}');
  const out = await importGrype([trivy, broken]);
  assert.deepEqual(out.filesFailed, [trivy, broken]);
  assert.match(out.errors[0]!.message, /not a Grype JSON report/);
  assert.deepEqual([out.errors[1]!.file, out.errors[1]!.line], [broken, 3]);
});
