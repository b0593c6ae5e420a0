import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { defaultStorePath, resolveStorePath } from './paths.js';

test('defaultStorePath: CLOUDWARDEN_HOME, else ~/.cloudwarden', () => {
  assert.equal(defaultStorePath({ CLOUDWARDEN_HOME: '/data/cw' }, '/home/u'), join('/data/cw', 'cloudwarden.db'));
  assert.equal(defaultStorePath({}, '/home/u'), join('/home/u', '.cloudwarden', 'cloudwarden.db'));
  assert.equal(defaultStorePath({ CLOUDWARDEN_HOME: '  ' }, '/home/u'), join('/home/u', '.cloudwarden', 'cloudwarden.db'));
});

test('resolveStorePath: --db wins over CLOUDWARDEN_DB, which wins over the default', () => {
  const env = { CLOUDWARDEN_DB: '/env/db.sqlite', CLOUDWARDEN_HOME: '/h' };
  assert.equal(resolveStorePath({ flag: '/flag.db', env }), '/flag.db');
  assert.equal(resolveStorePath({ env }), '/env/db.sqlite');
  assert.equal(resolveStorePath({ env: { CLOUDWARDEN_HOME: '/h' } }), join('/h', 'cloudwarden.db'));
  assert.equal(resolveStorePath({ flag: '', env: {}, home: '/home/u' }), join('/home/u', '.cloudwarden', 'cloudwarden.db'));
});
