import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildGraph, type ScanGraph } from './build.js';
import type { EdgeKind } from './model.js';
import { ACCOUNT, allow, arnOf, bucket, deny, doc, group, instance, lambdaFunction, loadBalancer, managedPolicy, publicNetwork, role, trustAws, trustService, user, vulnerability } from './testing.js';

/** Edges of a kind as "from -> to" labels. */
function edges(g: ScanGraph, kind: EdgeKind): string[] {
  const out: string[] = [];
  for (let e = 0; e < g.graph.edgeCount; e++) if (g.graph.edgeKind(e) === kind) out.push(`${g.graph.node(g.graph.edgeSource(e)).label} -> ${g.graph.node(g.graph.edgeTarget(e)).label}`);
  return out.sort();
}

describe('buildGraph', () => {
  it('draws member-of, is-admin and can-assume only where trust and identity both allow', () => {
    const g = buildGraph([
      user('alice', { groups: ['ops'], inline: { assume: doc(allow('sts:AssumeRole', arnOf('role', 'deployer'))) } }),
      user('bob'),
      user('carol', { inline: { assume: doc(allow('sts:AssumeRole')), 'no-deployer': doc(deny('sts:AssumeRole', arnOf('role', 'deployer'))) } }),
      group('ops', { attached: ['arn:aws:iam::aws:policy/AdministratorAccess'] }),
      role('deployer', trustAws(`arn:aws:iam::${ACCOUNT}:root`)),
      role('partner', trustAws('arn:aws:iam::999988887777:root')),
      role('fn', trustService('lambda.amazonaws.com')),
    ]);
    assert.deepEqual(edges(g, 'member-of'), ['alice -> ops']);
    assert.deepEqual(edges(g, 'is-admin'), [`alice -> administrator of account ${ACCOUNT}`, `ops -> administrator of account ${ACCOUNT}`]);
    // bob has no identity grant; carol's explicit deny wins over her allow.
    assert.deepEqual(edges(g, 'can-assume'), ['alice -> deployer', 'lambda.amazonaws.com -> fn']);
    assert.deepEqual(edges(g, 'cross-account'), ['account 999988887777 -> partner']);
  });

  it('reaches an instance from the internet only through route, NACL and security group, with the ports all three allow', () => {
    const net = publicNetwork([[22, 22], [443, 443]], [{ rule: 90, action: 'deny', from: 443, to: 443 }, { rule: 100, action: 'allow', from: 0, to: 65535 }]);
    const g = buildGraph([...net, instance('i-web', null)]);
    const e = [...g.graph.outEdges(g.graph.find('internet')!)].map((id) => g.graph.edge(id));
    assert.equal(e.length, 1);
    assert.deepEqual(e[0]!.explanation!.ports, [{ protocol: 'tcp', from: 22, to: 22 }]);
    assert.ok(e[0]!.explanation!.steps!.some((s) => s.includes('route table rtb-pub sends 0.0.0.0/0')));
    assert.ok(e[0]!.explanation!.steps!.some((s) => s.includes('sg-1 ingress[0]')));
  });

  it('does not reach an instance without a public address', () => {
    const g = buildGraph([...publicNetwork([[22, 22]]), instance('i-private', null, null)]);
    assert.deepEqual(edges(g, 'reachable-from-internet'), []);
  });

  it('joins runs-as, has-vulnerability and data access', () => {
    const g = buildGraph([
      ...publicNetwork([[22, 22]]),
      instance('i-1', 'app'),
      vulnerability('CVE-2024-6387', `arn:aws:ec2:eu-west-1:${ACCOUNT}:instance/i-1`, true),
      role('app', trustService('ec2.amazonaws.com'), { inline: { read: doc(allow('s3:GetObject', 'arn:aws:s3:::ledger/*')) } }),
      role('fnrole', trustService('lambda.amazonaws.com')),
      lambdaFunction('fn', 'fnrole'),
      bucket('ledger', { 'data-classification': 'pii' }),
      managedPolicy('unused', doc(allow('s3:*'))),
    ]);
    assert.deepEqual(edges(g, 'runs-as'), ['fn -> fnrole', 'i-1 -> app']);
    assert.deepEqual(edges(g, 'has-vulnerability'), ['i-1 -> CVE-2024-6387']);
    assert.deepEqual(edges(g, 'can-read'), ['app -> ledger']);
    assert.equal(g.sensitivity(g.graph.find('arn:aws:s3:::ledger')!), 'tag data-classification=pii');
  });

  it('reaches internet-facing load balancers on the listener ports their security groups admit', () => {
    const g = buildGraph([...publicNetwork([[443, 443]]), ...loadBalancer('public', 'internet-facing', 443), ...loadBalancer('closed', 'internet-facing', 8443), ...loadBalancer('inner', 'internal', 443)]);
    assert.deepEqual(edges(g, 'reachable-from-internet'), ['the internet -> public']);
  });
});
