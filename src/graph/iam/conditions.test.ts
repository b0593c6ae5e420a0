import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileCondition } from './conditions.js';
import { buildRequestContext } from './request-context.js';

const USER = 'arn:aws:iam::111111111111:user/alice';

/** Evaluates one operator/key/value condition against a request context. */
function holds(operator: string, key: string, value: unknown, context: Record<string, string | string[]> = {}, principal = USER): boolean {
  const r = compileCondition(operator, key, value);
  if (!r.ok) throw new Error(r.error);
  return r.condition.test(buildRequestContext({ principal: { arn: principal }, action: 's3:GetObject', resource: '*', context }));
}

test('String operators: case-sensitive values, IgnoreCase variants, OR across values, negation as NOR', () => {
  assert.equal(holds('StringEquals', 'aws:PrincipalTag/team', 'payments', { 'aws:PrincipalTag/team': 'payments' }), true);
  assert.equal(holds('StringEquals', 'aws:PrincipalTag/team', 'Payments', { 'aws:PrincipalTag/team': 'payments' }), false);
  assert.equal(holds('StringEquals', 'aws:PrincipalTag/team', ['ops', 'payments'], { 'aws:PrincipalTag/team': 'payments' }), true);
  assert.equal(holds('StringEqualsIgnoreCase', 'aws:PrincipalTag/team', 'PAYMENTS', { 'aws:PrincipalTag/team': 'payments' }), true);
  assert.equal(holds('StringNotEquals', 'aws:PrincipalTag/team', ['ops', 'payments'], { 'aws:PrincipalTag/team': 'payments' }), false);
  assert.equal(holds('StringNotEquals', 'aws:PrincipalTag/team', ['ops', 'dev'], { 'aws:PrincipalTag/team': 'payments' }), true);
  assert.equal(holds('StringNotEqualsIgnoreCase', 'aws:PrincipalTag/team', 'PAYMENTS', { 'aws:PrincipalTag/team': 'payments' }), false);
  assert.equal(holds('StringLike', 'aws:PrincipalTag/team', 'pay*', { 'aws:PrincipalTag/team': 'payments' }), true);
  assert.equal(holds('StringLike', 'aws:PrincipalTag/team', 'p?yments', { 'aws:PrincipalTag/team': 'payments' }), true);
  assert.equal(holds('StringLike', 'aws:PrincipalTag/team', 'Pay*', { 'aws:PrincipalTag/team': 'payments' }), false);
  assert.equal(holds('StringNotLike', 'aws:PrincipalTag/team', 'pay*', { 'aws:PrincipalTag/team': 'payments' }), false);
  // StringEquals takes no wildcards: `*` is a literal character.
  assert.equal(holds('StringEquals', 'aws:PrincipalTag/team', 'pay*', { 'aws:PrincipalTag/team': 'payments' }), false);
});

test('condition keys are case-insensitive', () => {
  assert.equal(holds('StringEquals', 'AWS:PRINCIPALTAG/team', 'payments', { 'aws:principaltag/team': 'payments' }), true);
});

test('a missing key: positive operators false, negated operators true, IfExists true, Null true', () => {
  for (const op of ['StringEquals', 'StringLike', 'NumericLessThan', 'DateGreaterThan', 'Bool', 'IpAddress', 'ArnLike', 'BinaryEquals', 'StringEqualsIgnoreCase']) {
    assert.equal(holds(op, 'aws:Missing', 'x'), false, op);
    assert.equal(holds(`${op}IfExists`, 'aws:Missing', 'x'), true, `${op}IfExists`);
  }
  for (const op of ['StringNotEquals', 'StringNotLike', 'NumericNotEquals', 'DateNotEquals', 'NotIpAddress', 'ArnNotLike', 'ArnNotEquals', 'StringNotEqualsIgnoreCase']) {
    assert.equal(holds(op, 'aws:Missing', 'x'), true, op);
  }
  assert.equal(holds('Null', 'aws:Missing', 'true'), true);
  assert.equal(holds('Null', 'aws:Missing', 'false'), false);
  assert.equal(holds('Null', 'aws:SourceIp', 'false', { 'aws:SourceIp': '10.0.0.1' }), true);
  // IfExists does not rescue a present key whose value fails.
  assert.equal(holds('StringEqualsIfExists', 'aws:PrincipalTag/team', 'ops', { 'aws:PrincipalTag/team': 'payments' }), false);
});

test('Numeric operators compare numbers, not strings', () => {
  const ctx = { 'aws:MultiFactorAuthAge': '300' };
  assert.equal(holds('NumericEquals', 'aws:MultiFactorAuthAge', '300.0', ctx), true);
  assert.equal(holds('NumericNotEquals', 'aws:MultiFactorAuthAge', 300, ctx), false);
  assert.equal(holds('NumericLessThan', 'aws:MultiFactorAuthAge', '3600', ctx), true);
  assert.equal(holds('NumericLessThanEquals', 'aws:MultiFactorAuthAge', '300', ctx), true);
  assert.equal(holds('NumericGreaterThan', 'aws:MultiFactorAuthAge', '1000', ctx), false);
  assert.equal(holds('NumericGreaterThanEquals', 'aws:MultiFactorAuthAge', '300', ctx), true);
  assert.equal(holds('NumericLessThan', 'aws:MultiFactorAuthAge', '3600', { 'aws:MultiFactorAuthAge': 'soon' }), false);
});

test('Date operators accept ISO 8601 and epoch seconds', () => {
  const ctx = { 'aws:CurrentTime': '2026-11-28T15:00:00Z' };
  assert.equal(holds('DateGreaterThan', 'aws:CurrentTime', '2026-01-01T00:00:00Z', ctx), true);
  assert.equal(holds('DateLessThan', 'aws:CurrentTime', '1767225600', ctx), false, '1767225600 is 2026-01-01');
  assert.equal(holds('DateGreaterThanEquals', 'aws:CurrentTime', '1767225600', ctx), true);
  assert.equal(holds('DateEquals', 'aws:CurrentTime', '2026-11-28T15:00:00Z', ctx), true);
  assert.equal(holds('DateNotEquals', 'aws:CurrentTime', '2026-11-28T15:00:00Z', ctx), false);
  assert.equal(holds('DateLessThanEquals', 'aws:CurrentTime', '2026-11-28', ctx), false);
  assert.equal(holds('DateEquals', 'aws:CurrentTime', '2026-11-28T15:00:00', ctx), true, 'no offset means UTC');
});

test('Bool, BinaryEquals', () => {
  assert.equal(holds('Bool', 'aws:SecureTransport', 'true', { 'aws:SecureTransport': 'true' }), true);
  assert.equal(holds('Bool', 'aws:SecureTransport', true, { 'aws:SecureTransport': 'TRUE' }), true);
  assert.equal(holds('Bool', 'aws:SecureTransport', 'false', { 'aws:SecureTransport': 'true' }), false);
  assert.equal(holds('BinaryEquals', 'aws:Blob', 'QUJD', { 'aws:Blob': 'QUJD' }), true);
  assert.equal(holds('BinaryEquals', 'aws:Blob', 'QUJD', { 'aws:Blob': 'qujd' }), false);
});

test('IpAddress / NotIpAddress with IPv4 and IPv6 blocks; a bare address is its own block', () => {
  const v4 = { 'aws:SourceIp': '10.1.2.3' };
  const v6 = { 'aws:SourceIp': '2001:db8::1' };
  assert.equal(holds('IpAddress', 'aws:SourceIp', '10.0.0.0/8', v4), true);
  assert.equal(holds('IpAddress', 'aws:SourceIp', ['192.168.0.0/16', '10.1.2.3'], v4), true);
  assert.equal(holds('IpAddress', 'aws:SourceIp', '10.1.2.4', v4), false);
  assert.equal(holds('NotIpAddress', 'aws:SourceIp', '10.0.0.0/8', v4), false);
  assert.equal(holds('IpAddress', 'aws:SourceIp', '2001:db8::/32', v6), true);
  assert.equal(holds('IpAddress', 'aws:SourceIp', '2001:db9::/32', v6), false);
  // An IPv6 caller is outside every IPv4 range: NotIpAddress with only IPv4 ranges matches it.
  assert.equal(holds('NotIpAddress', 'aws:SourceIp', ['10.0.0.0/8', '203.0.113.7'], v6), true);
  assert.equal(holds('IpAddress', 'aws:SourceIp', '::ffff:10.0.0.0/104', { 'aws:SourceIp': '::ffff:10.1.2.3' }), true);
});

test('Arn operators match segment by segment: a wildcard stays inside its segment', () => {
  const ctx = { 'aws:SourceArn': 'arn:aws:sns:us-east-1:111111111111:topic' };
  assert.equal(holds('ArnLike', 'aws:SourceArn', 'arn:aws:sns:*:111111111111:*', ctx), true);
  assert.equal(holds('ArnEquals', 'aws:SourceArn', 'arn:aws:sns:us-east-1:111111111111:topic', ctx), true);
  assert.equal(holds('ArnLike', 'aws:SourceArn', 'arn:aws:sns:*:topic', ctx), false, '`*` must not swallow the account segment');
  assert.equal(holds('ArnNotLike', 'aws:SourceArn', 'arn:aws:sqs:*:*:*', ctx), true);
  assert.equal(holds('ArnNotEquals', 'aws:SourceArn', 'arn:aws:sns:us-east-1:111111111111:topic', ctx), false);
});

test('ForAnyValue / ForAllValues over multi-valued keys, with the documented missing-key results', () => {
  const tags = { 'aws:TagKeys': ['env', 'owner'] };
  assert.equal(holds('ForAnyValue:StringEquals', 'aws:TagKeys', 'env', tags), true);
  assert.equal(holds('ForAnyValue:StringEquals', 'aws:TagKeys', 'cost', tags), false);
  assert.equal(holds('ForAllValues:StringEquals', 'aws:TagKeys', ['env', 'owner', 'cost'], tags), true);
  assert.equal(holds('ForAllValues:StringEquals', 'aws:TagKeys', ['env'], tags), false);
  assert.equal(holds('ForAllValues:StringNotEquals', 'aws:TagKeys', ['cost'], tags), true);
  assert.equal(holds('ForAnyValue:StringNotLike', 'aws:TagKeys', 'env', tags), true, 'owner is not like env');
  // Missing key: ForAllValues is vacuously true, ForAnyValue false (unless IfExists).
  assert.equal(holds('ForAllValues:StringEquals', 'aws:TagKeys', 'env'), true);
  assert.equal(holds('ForAnyValue:StringEquals', 'aws:TagKeys', 'env'), false);
  assert.equal(holds('ForAnyValue:StringEqualsIfExists', 'aws:TagKeys', 'env'), true);
  // Empty set: the same as missing for both.
  assert.equal(holds('ForAllValues:StringEquals', 'aws:TagKeys', 'env', { 'aws:TagKeys': [] }), true);
  assert.equal(holds('ForAnyValue:StringEquals', 'aws:TagKeys', 'env', { 'aws:TagKeys': [] }), false);
  // A plain operator does not match a key supplied as a set.
  assert.equal(holds('StringEquals', 'aws:TagKeys', 'env', { 'aws:TagKeys': ['env'] }), false);
});

test('policy variables in condition values, with defaults; a missing variable never matches, negated or not', () => {
  const ctx = { 'aws:ResourceTag/owner': 'alice' };
  assert.equal(holds('StringEquals', 'aws:ResourceTag/owner', '${aws:username}', ctx), true);
  assert.equal(holds('StringEquals', 'aws:ResourceTag/owner', '${aws:username}', { 'aws:ResourceTag/owner': 'bob' }), false);
  assert.equal(holds('StringLike', 'aws:ResourceTag/owner', '${aws:username}*', { 'aws:ResourceTag/owner': 'alice-2' }), true);
  const session = 'arn:aws:sts::111111111111:assumed-role/dev/s1';
  assert.equal(holds('StringEquals', 'aws:ResourceTag/owner', '${aws:username}', ctx, session), false);
  assert.equal(holds('StringNotEquals', 'aws:ResourceTag/owner', '${aws:username}', ctx, session), false);
  assert.equal(holds('StringEquals', 'aws:ResourceTag/owner', "${aws:username, 'alice'}", ctx, session), true);
  // Substituted values are literal: a `*` in the value is not a wildcard.
  assert.equal(holds('StringLike', 'aws:ResourceTag/owner', '${aws:PrincipalTag/t}', { ...ctx, 'aws:PrincipalTag/t': 'al*' }), false);
  assert.equal(holds('StringLike', 'aws:ResourceTag/owner', '${aws:PrincipalTag/t}', { 'aws:ResourceTag/owner': 'al*', 'aws:PrincipalTag/t': 'al*' }), true);
  assert.equal(holds('StringEquals', 'aws:ResourceTag/owner', 'a${*}', { 'aws:ResourceTag/owner': 'a*' }), true);
});

test('an unknown operator is reported, not guessed', () => {
  const r = compileCondition('StringSortOf', 'aws:SourceIp', 'x');
  assert.equal(r.ok, false);
});
