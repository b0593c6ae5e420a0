import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AuditEvent } from '../../../model/audit/event.js';
import { detectContext, mapBaseline } from '../../kit/context.js';
import { userAgentFamily } from '../../kit/aws-b-user-agent.js';
import { firstSeenCountryState } from './aws-cloudtrail-first-seen-country.js';
import { firstSeenUserAgentState } from './aws-cloudtrail-first-seen-user-agent.js';

const P = 'arn:aws:iam::1:user/u';
const geo = { locate: (ip: string) => ({ '198.51.100.1': { latitude: 52.5, longitude: 13.4, country: 'DE' }, '198.51.100.2': { latitude: 48.9, longitude: 2.35, country: 'FR' } })[ip] };
let n = 0;
const ev = (over: Partial<AuditEvent>): AuditEvent => ({ id: `e${++n}`, time: n, provider: 'aws', actor: { type: 'IAMUser', id: P, name: 'u', mfa: null }, service: 'sts', action: 'GetCallerIdentity', readOnly: true, resources: [], origin: { file: 't', index: n }, ...over });

test('country: fires once per new country, never for known ones or unknown principals', () => {
  const s = firstSeenCountryState(detectContext({ geo, baseline: mapBaseline({ [P]: { country: ['DE'] } }) }));
  assert.equal(s.push(ev({ sourceIp: '198.51.100.1' })).length, 0);
  assert.equal(s.push(ev({ sourceIp: '198.51.100.2' })).length, 1);
  assert.equal(s.push(ev({ sourceIp: '198.51.100.2' })).length, 0, 'already reported in this run');
  assert.equal(s.push(ev({ sourceIp: '198.51.100.2', actor: { type: 'IAMUser', id: 'arn:aws:iam::1:user/new', name: 'new', mfa: null } })).length, 0);
  assert.equal(s.push(ev({ sourceIp: '198.51.100.2', action: 'ConsoleLogin', response: { ConsoleLogin: 'Failure' }, actor: { type: 'IAMUser', id: P, name: 'u', mfa: null } })).length, 0);
});

test('country: silent without a baseline or without geolocation', () => {
  assert.equal(firstSeenCountryState(detectContext({ geo })).push(ev({ sourceIp: '198.51.100.2' })).length, 0);
  assert.equal(firstSeenCountryState(detectContext({ baseline: mapBaseline({ [P]: { country: ['DE'] } }) })).push(ev({ sourceIp: '198.51.100.2' })).length, 0);
});

test('user agent: families, not versions; AWS internal agents ignored', () => {
  const s = firstSeenUserAgentState(detectContext({ baseline: mapBaseline({ [P]: { userAgent: ['aws-cli'] } }) }));
  assert.equal(s.push(ev({ userAgent: 'aws-cli/2.18.1 Python/3.12' })).length, 0);
  assert.equal(s.push(ev({ userAgent: 'AWS Internal' })).length, 0);
  assert.equal(s.push(ev({ userAgent: 'cloudformation.amazonaws.com' })).length, 0);
  const fired = s.push(ev({ userAgent: 'python-requests/2.31.0' }));
  assert.equal(fired.length, 1);
  assert.match(fired[0]!.message, /python-requests for the first time/);
  assert.equal(s.push(ev({ userAgent: 'python-requests/2.32.0' })).length, 0);
});

test('user-agent families', () => {
  assert.equal(userAgentFamily('APN/1.0 HashiCorp/1.0 Terraform/1.9.5 (+https://www.terraform.io) terraform-provider-aws/5.70.0 aws-sdk-go-v2/1.32.2'), 'terraform');
  assert.equal(userAgentFamily('Boto3/1.35.2 md/Botocore#1.35.2 ua/2.0'), 'boto3');
  assert.equal(userAgentFamily('aws-sdk-js/3.600.0 ua/2.0 os/linux lang/js md/nodejs#20.11.0'), 'aws-sdk-js');
  assert.equal(userAgentFamily('Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15'), 'browser');
  assert.equal(userAgentFamily('[Pacu/1.5.3 (x)]'), 'pacu');
  assert.equal(userAgentFamily(''), 'unknown');
});
