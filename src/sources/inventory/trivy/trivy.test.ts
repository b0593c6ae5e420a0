import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Resource } from '../../../model/core/index.js';
import { importTrivy } from './index.js';

const fixture = (name: string): string => fileURLToPath(new URL(`./testdata/${name}`, import.meta.url));
const ECR_IMAGE = 'arn:aws:ecr:eu-west-1:123456789012:repository/payments-api@sha256:4f7e2a1c9b8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f';
const prop = (r: Resource, k: string): unknown => (r.properties as Record<string, { value?: unknown }>)[k]?.value;

test('an ECR image report becomes the ECR image (the collector\'s uid) and one vulnerability finding per package', async () => {
  const out = await importTrivy([fixture('ecr-payments-api.json')]);
  assert.deepEqual(out.errors, []);
  assert.deepEqual(out.notes, []);
  const image = out.resources.find((r) => r.type === 'aws.ecr.image')!;
  assert.equal(image.uid, ECR_IMAGE);
  assert.equal(image.account, '123456789012');
  assert.equal(image.region, 'eu-west-1');
  assert.equal(prop(image, 'repositoryId'), 'arn:aws:ecr:eu-west-1:123456789012:repository/payments-api');
  assert.deepEqual(prop(image, 'tags'), ['1.4.2', 'latest']);
  assert.equal((image.properties as { pushedAt: { kind: string } }).pushedAt.kind, 'unresolvable');
  const vulns = out.resources.filter((r) => r.type === 'vulnerability.finding');
  assert.deepEqual(vulns.map((v) => prop(v, 'vulnerabilityId')), ['CVE-2024-6387', 'CVE-2023-4911', 'CVE-2023-45853', 'CVE-2024-29041']);
  for (const v of vulns) assert.equal(prop(v, 'resourceUid'), ECR_IMAGE);
  const ssh = vulns[0]!;
  assert.equal(prop(ssh, 'scanner'), 'trivy');
  assert.equal(prop(ssh, 'severity'), 'HIGH');
  assert.equal(prop(ssh, 'cvssScore'), 8.1);
  assert.equal(prop(ssh, 'exploitAvailable'), null, 'Trivy reports no exploit data: unknown, never false');
  assert.equal(prop(ssh, 'fixAvailable'), 'YES');
  assert.deepEqual(prop(ssh, 'packages'), [{ name: 'openssh-server', version: '1:9.2p1-2+deb12u2', fixedInVersion: '1:9.2p1-2+deb12u3', packageManager: 'debian' }]);
  assert.deepEqual(ssh.source, { kind: 'import', file: fixture('ecr-payments-api.json'), format: 'trivy', pointer: '/Results/0/Vulnerabilities/0', line: 25 });
  const zlib = vulns[2]!;
  assert.equal(prop(zlib, 'fixAvailable'), 'NO');
  assert.equal(prop(zlib, 'cvssScore'), 9.8, 'v3 scores win over v2');
});

test('a Docker Hub image is imported on its reference uid, and the output says why no image rules apply', async () => {
  const out = await importTrivy([fixture('dockerhub-nginx.json')]);
  assert.equal(out.resources.filter((r) => r.type === 'aws.ecr.image').length, 0);
  const uids = new Set(out.resources.map((r) => prop(r, 'resourceUid')));
  assert.deepEqual([...uids], ['docker.io/library/nginx@sha256:2bdc49f2f8ae8d8dc50ed00f2ee56d00385c6f8bc8a8b320d0a294d9e3b49026']);
  assert.equal(out.notes.length, 1);
  assert.match(out.notes[0]!, /not an Amazon ECR image \(registry docker\.io\): 2 vulnerabilities imported/);
});

test('bad files are errors naming the file (and the line of a syntax error); the other files still import', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cw-trivy-'));
  const broken = join(dir, 'broken.json');
  writeFileSync(broken, '{\n  "SchemaVersion": 2,\n  "ArtifactName": "x"\n  "Results": []\n}\n');
  const old = join(dir, 'v1.json');
  writeFileSync(old, JSON.stringify({ SchemaVersion: 1, ArtifactName: 'nginx' }));
  const grype = join(dir, 'grype.json');
  writeFileSync(grype, JSON.stringify({ matches: [], source: { type: 'image' } }));
  const out = await importTrivy([broken, old, grype, join(dir, 'missing.json'), fixture('ecr-payments-api.json')]);
  assert.deepEqual(out.filesFailed, [broken, old, grype, join(dir, 'missing.json')]);
  assert.deepEqual(out.filesScanned, [fixture('ecr-payments-api.json')]);
  assert.deepEqual([out.errors[0]!.file, out.errors[0]!.line], [broken, 4]);
  assert.match(out.errors[0]!.message, /not valid JSON/);
  assert.match(out.errors[1]!.message, /schema version 2 \(SchemaVersion is 1\)/);
  assert.match(out.errors[2]!.message, /SchemaVersion is missing/);
  assert.match(out.errors[3]!.message, /cannot read: ENOENT/);
  assert.ok(out.resources.length > 0);
});
