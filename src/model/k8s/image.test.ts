import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { defaultPullPolicy, parseImageRef } from './image.js';

describe('parseImageRef', () => {
  it('splits repository, tag and digest', () => {
    assert.deepEqual(parseImageRef('nginx'), { repository: 'nginx', tag: null, digest: null });
    assert.deepEqual(parseImageRef('nginx:1.25'), { repository: 'nginx', tag: '1.25', digest: null });
    assert.deepEqual(parseImageRef('ghcr.io/org/app:2@sha256:ab'), { repository: 'ghcr.io/org/app', tag: '2', digest: 'sha256:ab' });
    assert.deepEqual(parseImageRef('app@sha256:ab'), { repository: 'app', tag: null, digest: 'sha256:ab' });
  });

  it('does not take a registry port for a tag', () => {
    assert.deepEqual(parseImageRef('registry:5000/app'), { repository: 'registry:5000/app', tag: null, digest: null });
    assert.deepEqual(parseImageRef('registry:5000/app:latest').tag, 'latest');
  });

  it('derives the Kubernetes default pull policy', () => {
    assert.equal(defaultPullPolicy('nginx'), 'Always');
    assert.equal(defaultPullPolicy('nginx:latest'), 'Always');
    assert.equal(defaultPullPolicy('nginx:1.25'), 'IfNotPresent');
    assert.equal(defaultPullPolicy('nginx@sha256:ab'), 'IfNotPresent');
  });
});
