import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Resource } from '../model/core/index.js';
import { buildGraph } from './build.js';
import { attackPathFactor, attackPathFindings } from './findings.js';
import { attackPaths } from './paths.js';
import { ACCOUNT, allow, bucket, deny, doc, instance, organization, publicNetwork, role, trustService, vulnerability } from './testing.js';

const BASTION = `arn:aws:ec2:eu-west-1:${ACCOUNT}:instance/i-bastion`;

function world(o: { port?: number; exploit?: boolean; passRole?: string } = {}): Resource[] {
  return [
    ...publicNetwork([[o.port ?? 22, o.port ?? 22]]),
    instance('i-bastion', 'bastion'),
    vulnerability('CVE-2024-6387', BASTION, o.exploit ?? true),
    role('bastion', trustService('ec2.amazonaws.com'), { inline: { deploy: doc(allow(['lambda:CreateFunction', 'lambda:InvokeFunction']), allow('iam:PassRole', o.passRole ?? '*')) } }),
    role('automation', trustService('lambda.amazonaws.com'), { attached: ['arn:aws:iam::aws:policy/AdministratorAccess'] }),
    bucket('payments-ledger', { 'data-classification': 'pii' }),
    bucket('static-assets'),
  ];
}

describe('attack paths', () => {
  it('reports internet -> exploitable instance -> its role -> PassRole to Lambda -> administrator as one path', () => {
    const sg = buildGraph(world());
    const paths = attackPaths(sg);
    const admin = paths.find((p) => p.kind === 'internet-to-admin');
    assert.ok(admin);
    assert.deepEqual(admin.steps.map((s) => s.edge.kind), ['reachable-from-internet', 'runs-as', 'can-escalate', 'is-admin']);
    assert.deepEqual(admin.steps.map((s) => s.to.label), ['i-bastion', 'bastion', 'automation', `administrator of account ${ACCOUNT}`]);
    assert.equal(admin.steps[2]!.edge.explanation!.technique, 'passrole-lambda');
    assert.ok(admin.foothold.some((f) => f.includes('CVE-2024-6387')));
    // Through the administrator role, the tagged ledger is reachable; the untagged bucket is not a target.
    const data = paths.filter((p) => p.kind === 'internet-to-sensitive-data').map((p) => p.target.label);
    assert.deepEqual(data, ['payments-ledger']);
    const findings = attackPathFindings(sg, paths);
    assert.deepEqual(findings.map((f) => [f.ruleId, f.resource.id]).sort(), [['aws-attack-path-internet-to-admin', BASTION], ['aws-attack-path-internet-to-sensitive-data', BASTION]]);
    const factor = attackPathFactor(sg, paths);
    assert.equal(factor(sg.resourceOf(sg.graph.find(`arn:aws:iam::${ACCOUNT}:role/bastion`)!)!)?.factor, 'attack-path');
    assert.equal(factor(sg.resourceOf(sg.graph.find('arn:aws:s3:::static-assets')!)!), undefined);
  });

  it('has no path when the exposed port is not administrative and the CVE has no known exploit', () => {
    assert.deepEqual(attackPaths(buildGraph(world({ port: 443, exploit: false }))), []);
  });

  it('has no path to admin when PassRole does not cover the administrator role', () => {
    const paths = attackPaths(buildGraph(world({ passRole: `arn:aws:iam::${ACCOUNT}:role/app-*` })));
    assert.equal(paths.filter((p) => p.kind === 'internet-to-admin').length, 0);
  });

  it('has no path to admin when an SCP on the OU of the account denies iam:PassRole', () => {
    const paths = attackPaths(buildGraph([...world(), ...organization(doc(deny('iam:PassRole')))]));
    assert.equal(paths.filter((p) => p.kind === 'internet-to-admin').length, 0);
    assert.equal(attackPaths(buildGraph([...world(), ...organization(doc(deny('s3:DeleteBucket')))])).filter((p) => p.kind === 'internet-to-admin').length, 1);
  });
});
