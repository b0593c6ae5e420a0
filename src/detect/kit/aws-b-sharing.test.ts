import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AuditEvent } from '../../model/audit/event.js';
import { detectContext } from './context.js';
import { ec2Sharing, rdsSharing, unknownAccounts } from './aws-b-sharing.js';

const ev = (service: string, request: Record<string, unknown>): AuditEvent => ({ id: 'e', time: 0, provider: 'aws', account: '222222222222', actor: { type: 'IAMUser', id: 'u', name: 'u', mfa: null }, service, action: 'x', readOnly: false, resources: [], request, origin: { file: 't', index: 0 } });

test('EC2 permissions added: group all and account ids; removals ignored', () => {
  const e = ev('ec2', { createVolumePermission: { add: { items: [{ group: 'all' }, { userId: '999988887777' }] }, remove: { items: [{ userId: '111111111111' }] } } });
  assert.deepEqual(ec2Sharing(e, 'createVolumePermission'), { public: true, accounts: ['999988887777'] });
  assert.deepEqual(ec2Sharing(e, 'launchPermission'), { public: false, accounts: [] });
});

test('RDS restore attribute', () => {
  assert.deepEqual(rdsSharing(ev('rds', { attributeName: 'restore', valuesToAdd: ['all', '999988887777'] })), { public: true, accounts: ['999988887777'] });
  assert.deepEqual(rdsSharing(ev('rds', { attributeName: 'restore', valuesToRemove: ['all'] })), { public: false, accounts: [] });
});

test('unknown accounts: not the own account, not listed', () => {
  const e = ev('ec2', {});
  const s = { public: false, accounts: ['222222222222', '333344445555', '999988887777'] };
  assert.deepEqual(unknownAccounts(s, e, detectContext({ knownAccounts: ['333344445555'] })), ['999988887777']);
  assert.deepEqual(unknownAccounts(s, e, detectContext()), ['333344445555', '999988887777']);
});
