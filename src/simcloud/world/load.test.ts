import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { buildWorld, loadWorldFile, parseWorld, WorldLoadError } from './load.js';

const GOOD = `# a small world
organization:
  id: o-abcdefghij
  managementAccountId: '111111111111'
  units:
    - { id: ou-ab12-prod0001, name: Prod }
  policies:
    - id: p-12345678
      name: DenyAll
      document: { Version: '2012-10-17', Statement: [] }
      targets: [ou-ab12-prod0001]
accounts:
  - id: '111111111111'
    name: management
  - id: '222222222222'
    parentId: ou-ab12-prod0001
    enabledRegions: [eu-west-1, af-south-1]
    services:
      iam: { Roles: [] }
    regions:
      eu-west-1:
        ec2: { Vpcs: [{ VpcId: vpc-1 }] }
credentials:
  - { accessKeyId: AKIAEXAMPLE000000001, secretAccessKey: s, accountId: '222222222222', principal: user/alice, denied: [s3] }
`;

function issuesOf(text: string, file = 'w.yaml') {
  try {
    parseWorld(text, file);
  } catch (e) {
    assert.ok(e instanceof WorldLoadError);
    return e.issues;
  }
  assert.fail('expected a WorldLoadError');
}

describe('world loading', () => {
  it('builds the state from YAML with defaults', () => {
    const w = buildWorld(parseWorld(GOOD, 'w.yaml'));
    assert.equal(w.organization?.rootId, 'r-abcd');
    assert.equal(w.organization?.policies[0]?.document, '{"Version":"2012-10-17","Statement":[]}');
    const member = w.accounts.get('222222222222')!;
    assert.equal(member.parentId, 'ou-ab12-prod0001');
    assert.deepEqual(member.enabledRegions, ['eu-west-1', 'af-south-1']);
    assert.deepEqual(member.regions['eu-west-1'], { ec2: { Vpcs: [{ VpcId: 'vpc-1' }] } });
    const mgmt = w.accounts.get('111111111111')!;
    assert.equal(mgmt.parentId, 'r-abcd');
    assert.ok(mgmt.enabledRegions.includes('us-east-1'));
    assert.ok(!mgmt.enabledRegions.includes('af-south-1'));
    assert.deepEqual(w.credentials.get('AKIAEXAMPLE000000001')?.denied, ['s3']);
    assert.equal(w.credentials.size, 3);
  });

  it('names file:line for schema errors', () => {
    const issues = issuesOf(GOOD.replace("- id: '222222222222'", '- id: 222222222222').replace('principal: user/alice', 'principal: admin'));
    const id = issues.find((i) => i.message.includes('accounts.1.id'));
    assert.ok(id, JSON.stringify(issues));
    assert.equal(id.line, 15);
    assert.match(id.message, /quote account ids/);
    const p = issues.find((i) => i.message.includes('principal'));
    assert.equal(p?.line, 24);
    assert.equal(p?.file, 'w.yaml');
  });

  it('names file:line for missing keys and YAML syntax errors', () => {
    const missing = issuesOf('accounts:\n  - name: x\n');
    assert.equal(missing[0]?.line, 2);
    assert.match(missing[0]!.message, /missing required `id`/);
    const syntax = issuesOf('accounts:\n  - id: "1\n', 'bad.yaml');
    assert.equal(syntax[0]?.file, 'bad.yaml');
    assert.ok(syntax[0]!.line >= 2);
    const dup = issuesOf("accounts:\n  - id: '111111111111'\n  - id: '111111111111'\n");
    assert.equal(dup[0]?.line, 3);
  });

  it('loads JSON files and rejects a bad SCP document', () => {
    const dir = mkdtempSync(join(tmpdir(), 'simcloud-world-'));
    const file = join(dir, 'w.json');
    writeFileSync(file, JSON.stringify({ accounts: [{ id: '111111111111' }] }, null, 2));
    assert.equal(loadWorldFile(file).accounts.length, 1);
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{\n  "organization": {"id": "o-abcdefghij", "managementAccountId": "111111111111",\n    "policies": [{"id": "p-12345678", "name": "x", "document": "{not json"}]},\n  "accounts": [{"id": "111111111111"}]\n}\n');
    assert.throws(() => loadWorldFile(bad), (e: WorldLoadError) => e.issues[0]!.line === 3 && e.message.startsWith(`${bad}:3:`));
  });
});
