import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SqliteFindingsStore } from '../findings/store/index.js';
import { summarize } from '../findings/summary.js';
import { ACCOUNT, allow, doc, instance, publicNetwork, role, trustService, vulnerability } from '../graph/testing.js';
import { UsageError } from '../shared/errors.js';
import { answerGraphQuestion } from './graph-command.js';

const MAIN = fileURLToPath(new URL('./main.ts', import.meta.url));
const TSX = import.meta.resolve('tsx');
const TERRAFORM = `
resource "aws_iam_role" "bastion" {
  name = "bastion"
  assume_role_policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Principal = { Service = "ec2.amazonaws.com" }, Action = "sts:AssumeRole" }] })
}
resource "aws_iam_role_policy" "deploy" {
  name = "deploy"
  role = aws_iam_role.bastion.id
  policy = jsonencode({ Version = "2012-10-17", Statement = [
    { Effect = "Allow", Action = ["lambda:CreateFunction", "lambda:InvokeFunction"], Resource = "*" },
    { Effect = "Allow", Action = "iam:PassRole", Resource = "*" }
  ] })
}
resource "aws_iam_role" "automation" {
  name = "automation"
  assume_role_policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Principal = { Service = "lambda.amazonaws.com" }, Action = "sts:AssumeRole" }] })
}
resource "aws_iam_role_policy_attachment" "admin" {
  role       = aws_iam_role.automation.name
  policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess"
}
`;

describe('cloudwarden graph', () => {
  let dir: string;
  let db: string;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cw-graph-'));
    writeFileSync(join(dir, 'main.tf'), TERRAFORM);
    db = join(dir, 'findings.db');
    const store = new SqliteFindingsStore(db);
    const id = await store.beginScan({ kind: 'live', sources: [`aws:${ACCOUNT}`], startedAt: '2026-11-28T10:00:00.000Z', toolVersion: '0.1.0' });
    await store.addResources(id, [
      ...publicNetwork([[22, 22]]),
      instance('i-bastion', 'bastion'),
      vulnerability('CVE-2024-6387', `arn:aws:ec2:eu-west-1:${ACCOUNT}:instance/i-bastion`, true),
      role('bastion', trustService('ec2.amazonaws.com'), { inline: { deploy: doc(allow(['lambda:CreateFunction', 'lambda:InvokeFunction']), allow('iam:PassRole')) } }),
      role('automation', trustService('lambda.amazonaws.com'), { attached: ['arn:aws:iam::aws:policy/AdministratorAccess'] }),
    ]);
    await store.finishScan(id, summarize([]), '2026-11-28T10:05:00.000Z');
    await store.close();
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('privesc --iac: the Terraform role that can pass an admin role to Lambda, in JSON and dot', async () => {
    const json = JSON.parse(await answerGraphQuestion({ kind: 'privesc' }, { iac: [dir], format: 'json' })) as { principal: { name: string; type: string }; technique: string; status: string }[];
    assert.deepEqual(json.map((x) => [x.principal.name, x.principal.type, x.technique, x.status]), [['bastion', 'aws.iam.role', 'passrole-lambda', 'fail']]);
    const dot = await answerGraphQuestion({ kind: 'privesc' }, { iac: [dir], format: 'dot' });
    assert.match(dot, /"bastion" -> "automation" \[label="passrole-lambda"\]/);
  });

  it('paths --scan: the stored scan yields the internet-to-admin path with every step explained', async () => {
    const json = JSON.parse(await answerGraphQuestion({ kind: 'paths', from: 'internet', to: 'admin' }, { db, format: 'json' })) as { kind: string; steps: { edge: string; to: { name: string }; why: string }[] }[];
    assert.equal(json.length, 1);
    assert.deepEqual(json[0]!.steps.map((s) => [s.edge, s.to.name]), [['reachable-from-internet', 'i-bastion'], ['runs-as', 'bastion'], ['can-escalate', 'automation'], ['is-admin', `administrator of account ${ACCOUNT}`]]);
    assert.ok(json[0]!.steps.every((s) => s.why));
    assert.match(await answerGraphQuestion({ kind: 'paths', from: 'internet', to: 'admin' }, { db, format: 'mermaid' }), /^flowchart LR\n/);
  });

  it('who-can and explain answer from the evaluator', async () => {
    const who = JSON.parse(await answerGraphQuestion({ kind: 'who-can', action: 'iam:PassRole', resource: 'automation' }, { db, format: 'json' })) as { principal: { name: string } }[];
    assert.deepEqual(who.map((w) => w.principal.name).sort(), ['automation', 'bastion']);
    const table = await answerGraphQuestion({ kind: 'explain', principal: 'bastion', action: 'iam:CreateUser', resource: '*' }, { db, format: 'table' });
    assert.match(table, /DENY/);
  });

  it('refuses two sources, unknown principals and unknown formats as usage errors', async () => {
    await assert.rejects(answerGraphQuestion({ kind: 'privesc' }, { iac: [dir], scan: 'x' }), UsageError);
    await assert.rejects(answerGraphQuestion({ kind: 'explain', principal: 'nobody', action: 's3:GetObject', resource: '*' }, { db }), UsageError);
    await assert.rejects(answerGraphQuestion({ kind: 'privesc' }, { db, format: 'svg' }), UsageError);
    await assert.rejects(answerGraphQuestion({ kind: 'privesc' }, { iac: [dir], account: 'prod' }), UsageError);
  });

  it('is registered on the program', () => {
    const r = spawnSync(process.execPath, ['--import', TSX, MAIN, 'graph', '--help'], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    for (const sub of ['privesc', 'paths', 'who-can', 'explain']) assert.match(r.stdout, new RegExp(`\\b${sub}\\b`));
  });
});
