import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ecrRegistry, imageUid, parseImageReference } from './reference.js';

const D = 'sha256:4f7e2a1c9b8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f';

test('image references split as Docker resolves them', () => {
  assert.deepEqual(parseImageReference('nginx'), { registry: 'docker.io', repository: 'library/nginx', tag: null, digest: null });
  assert.deepEqual(parseImageReference('bitnami/redis:7.2'), { registry: 'docker.io', repository: 'bitnami/redis', tag: '7.2', digest: null });
  assert.deepEqual(parseImageReference(`localhost:5000/team/app:1@${D}`), { registry: 'localhost:5000', repository: 'team/app', tag: '1', digest: D });
  assert.deepEqual(parseImageReference(`123456789012.dkr.ecr.eu-west-1.amazonaws.com/org/api@${D}`), { registry: '123456789012.dkr.ecr.eu-west-1.amazonaws.com', repository: 'org/api', tag: null, digest: D });
  for (const bad of ['', 'a b', 'app@sha256:xyz', '/tmp/app.tar', 'app:', 'ghcr.io/']) assert.equal(parseImageReference(bad), undefined, bad);
});

test('ECR hosts, China and FIPS included, give the collector\'s image uid; other registries keep the reference', () => {
  assert.deepEqual(ecrRegistry('123456789012.dkr.ecr.cn-north-1.amazonaws.com.cn'), { account: '123456789012', region: 'cn-north-1', partition: 'aws-cn' });
  assert.deepEqual(ecrRegistry('123456789012.dkr.ecr-fips.us-east-1.amazonaws.com'), { account: '123456789012', region: 'us-east-1', partition: 'aws' });
  assert.equal(ecrRegistry('public.ecr.aws'), undefined);
  assert.equal(imageUid(parseImageReference(`123456789012.dkr.ecr.eu-west-1.amazonaws.com/org/api:1@${D}`)!), `arn:aws:ecr:eu-west-1:123456789012:repository/org/api@${D}`);
  assert.equal(imageUid(parseImageReference('ghcr.io/acme/tool:2')!), 'ghcr.io/acme/tool:2');
  assert.equal(imageUid(parseImageReference(`redis@${D}`)!), `docker.io/library/redis@${D}`);
});
