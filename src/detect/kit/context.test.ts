import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ipMatcher, parseIp } from './context.js';

test('ip lists: exact addresses, IPv4 and IPv6 ranges, comments; invalid entries named', () => {
  const m = ipMatcher(['203.0.113.7', '198.51.100.0/24', '2001:db8::/32', '# tor exits', '', 'not-an-ip', '10.0.0.0/33']);
  assert.ok(m.has('203.0.113.7'));
  assert.ok(!m.has('203.0.113.8'));
  assert.ok(m.has('198.51.100.200'));
  assert.ok(!m.has('198.51.101.1'));
  assert.ok(m.has('2001:db8:1::5'));
  assert.ok(m.has('2001:DB8::'));
  assert.ok(!m.has('2001:db9::1'));
  assert.ok(!m.has('AWS Internal'));
  assert.deepEqual(m.invalid, ['not-an-ip', '10.0.0.0/33']);
});

test('parseIp refuses malformed addresses', () => {
  for (const s of ['256.1.1.1', '1.2.3', '1::2::3', '12345::', 'ec2.amazonaws.com', '']) assert.equal(parseIp(s), undefined, s);
  assert.ok(parseIp('::1'));
  assert.ok(parseIp('fe80::1:2:3:4'));
});
