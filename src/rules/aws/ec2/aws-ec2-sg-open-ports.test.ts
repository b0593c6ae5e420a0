import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Outcome, RuleContext } from '../../kit/index.js';
import { lineAt, networkAcl, naclEntry, securityGroup, sgRule, unresolvable } from '../../kit/aws-network-fixtures.js';
import ssh from './aws-ec2-sg-ssh-open.js';
import memcached from './aws-ec2-sg-memcached-open.js';
import allPorts from './aws-ec2-sg-all-ports-open.js';
import wide from './aws-ec2-sg-ingress-any-port-range.js';
import defaultSg from './aws-ec2-default-sg-restricts-all.js';
import naclSsh from './aws-ec2-nacl-ssh-open.js';

const ctx = {} as RuleContext;
const statuses = (o: Outcome | readonly Outcome[] | undefined) => (o === undefined ? [] : Array.isArray(o) ? (o as Outcome[]) : [o as Outcome]).map((x) => x.status);
const outs = (o: Outcome | readonly Outcome[] | undefined) => (o === undefined ? [] : Array.isArray(o) ? (o as Outcome[]) : [o as Outcome]);

test('ssh: one fail per offending rule, pointing at its line', () => {
  const sg = securityGroup([
    sgRule({ protocol: 'tcp', from: 443, to: 443, v4: ['0.0.0.0/0'], line: 3 }),
    sgRule({ protocol: 'tcp', from: 22, to: 22, v4: ['0.0.0.0/0'], line: 9 }),
    sgRule({ protocol: '6', from: 0, to: 1024, v6: ['::/0'], line: 15 }),
  ]);
  const o = outs(ssh.evaluate(sg, ctx));
  assert.deepEqual(o.map((x) => x.status), ['fail', 'fail']);
  assert.deepEqual(o.map((x) => x.discriminator), ['ingress[1]', 'ingress[2]']);
  assert.deepEqual(o[0]?.location, lineAt(9));
});

test('ssh: web listeners and private sources pass; all-traffic fails', () => {
  assert.deepEqual(statuses(ssh.evaluate(securityGroup([sgRule({ protocol: 'tcp', from: 80, to: 80, v4: ['0.0.0.0/0'] }), sgRule({ protocol: 'tcp', from: 22, to: 22, v4: ['10.0.0.0/8'] })]), ctx)), ['pass']);
  assert.deepEqual(statuses(ssh.evaluate(securityGroup([sgRule({ protocol: '-1', from: 0, to: 0, v4: ['0.0.0.0/0'] })]), ctx)), ['fail']);
  assert.deepEqual(statuses(ssh.evaluate(securityGroup([sgRule({ protocol: 'udp', from: 22, to: 22, v4: ['0.0.0.0/0'] })]), ctx)), ['pass']);
});

test('ssh: unknown ranges or ports give unknown, never pass or fail', () => {
  assert.deepEqual(statuses(ssh.evaluate(securityGroup([sgRule({ protocol: 'tcp', from: 22, to: 22, v4: unresolvable('var.cidrs has no value') })]), ctx)), ['unknown']);
  assert.deepEqual(statuses(ssh.evaluate(securityGroup([sgRule({ protocol: 'tcp', from: unresolvable('var.port'), to: unresolvable('var.port'), v4: ['0.0.0.0/0'] })]), ctx)), ['unknown']);
  // A known non-covering port decides regardless of unknown sources.
  assert.deepEqual(statuses(ssh.evaluate(securityGroup([sgRule({ protocol: 'tcp', from: 443, to: 443, v4: unresolvable('var.cidrs') })]), ctx)), ['pass']);
  assert.deepEqual(statuses(ssh.evaluate(securityGroup(unresolvable('module output')), ctx)), ['unknown']);
});

test('memcached covers UDP too', () => {
  assert.deepEqual(statuses(memcached.evaluate(securityGroup([sgRule({ protocol: 'udp', from: 11211, to: 11211, v4: ['0.0.0.0/0'] })]), ctx)), ['fail']);
});

test('all ports: -1 and 0-65535 fail, ICMP all types and 443 do not', () => {
  assert.deepEqual(statuses(allPorts.evaluate(securityGroup([sgRule({ protocol: 'all', v4: ['0.0.0.0/0'] })]), ctx)), ['fail']);
  assert.deepEqual(statuses(allPorts.evaluate(securityGroup([sgRule({ protocol: 'tcp', from: 0, to: 65535, v6: ['::/0'] })]), ctx)), ['fail']);
  assert.deepEqual(statuses(allPorts.evaluate(securityGroup([sgRule({ protocol: 'icmp', from: -1, to: -1, v4: ['0.0.0.0/0'] }), sgRule({ protocol: 'tcp', from: 443, to: 443, v4: ['0.0.0.0/0'] })]), ctx)), ['pass']);
});

test('port range wider than 1000 ports', () => {
  assert.deepEqual(statuses(wide.evaluate(securityGroup([sgRule({ protocol: 'tcp', from: 1024, to: 65535, v4: ['0.0.0.0/0'] })]), ctx)), ['fail']);
  assert.deepEqual(statuses(wide.evaluate(securityGroup([sgRule({ protocol: 'tcp', from: 8000, to: 8999, v4: ['0.0.0.0/0'] })]), ctx)), ['pass']);
});

test('default security group: not applicable to others; any rule fails', () => {
  assert.equal(defaultSg.evaluate(securityGroup([sgRule({ protocol: '-1', v4: ['0.0.0.0/0'] })]), ctx), undefined);
  assert.deepEqual(statuses(defaultSg.evaluate(securityGroup([], { isDefault: true }), ctx)), ['pass']);
  assert.deepEqual(statuses(defaultSg.evaluate(securityGroup([], { isDefault: true, egress: [sgRule({ protocol: '-1', v4: ['0.0.0.0/0'] })] }), ctx)), ['fail']);
  assert.deepEqual(statuses(defaultSg.evaluate(securityGroup([], { isDefault: unresolvable('x') }), ctx)), ['unknown']);
});

test('nacl: rule-number order decides', () => {
  const allowAll = naclEntry({ n: 100, action: 'allow', protocol: '-1', cidr: '0.0.0.0/0', line: 5 });
  assert.deepEqual(statuses(naclSsh.evaluate(networkAcl([allowAll]), ctx)), ['fail']);
  const denySsh = naclEntry({ n: 50, action: 'deny', protocol: 'tcp', from: 22, to: 22, cidr: '0.0.0.0/0' });
  assert.deepEqual(statuses(naclSsh.evaluate(networkAcl([allowAll, denySsh]), ctx)), ['pass']);
  const denyLate = naclEntry({ n: 200, action: 'deny', protocol: '6', from: 22, to: 22, cidr: '0.0.0.0/0' });
  assert.deepEqual(statuses(naclSsh.evaluate(networkAcl([denyLate, allowAll]), ctx)), ['fail']);
  // A narrower deny does not close the port to the rest of the internet.
  const denyNarrow = naclEntry({ n: 10, action: 'deny', protocol: 'tcp', from: 22, to: 22, cidr: '203.0.113.0/24' });
  assert.deepEqual(statuses(naclSsh.evaluate(networkAcl([denyNarrow, allowAll]), ctx)), ['fail']);
  assert.deepEqual(statuses(naclSsh.evaluate(networkAcl([naclEntry({ n: 100, action: 'allow', protocol: 'tcp', from: 443, to: 443, cidr: '0.0.0.0/0' })]), ctx)), ['pass']);
  assert.deepEqual(statuses(naclSsh.evaluate(networkAcl([naclEntry({ n: 100, action: 'allow', protocol: 'tcp', from: 22, to: 22, cidr: unresolvable('var.cidr') })]), ctx)), ['unknown']);
  assert.deepEqual(statuses(naclSsh.evaluate(networkAcl([naclEntry({ n: 100, action: 'allow', protocol: '-1', cidr: '0.0.0.0/0', egress: true })]), ctx)), ['pass']);
  assert.deepEqual(statuses(naclSsh.evaluate(networkAcl([naclEntry({ n: 100, action: 'allow', protocol: '-1', v6: '::/0' })]), ctx)), ['fail']);
});
