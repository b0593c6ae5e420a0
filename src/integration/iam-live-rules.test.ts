/**
 * Live IAM through the real collector and the real rules: the IAM collector scans simcloud's IAM test world
 * (three accounts) with the AWS SDK, and the catalogue's IAM rules judge the result. Every planted
 * misconfiguration fails, every compliant setting passes, and the only unknown is the one the model cannot
 * decide (a console password never used, whose creation date the rule does not read).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Resource } from '../model/core/index.js';
import type { Finding } from '../findings/finding.js';
import { Inventory } from '../engine/inventory.js';
import { allRules } from '../engine/registry.js';
import { runRules } from '../engine/runner.js';
import { startSimcloud, type RunningSimcloud } from '../simcloud/testing.js';
import { defaultCredentialFor } from '../simcloud/world/load.js';
import { runCollectorForTest } from '../sources/live/aws/testing.js';
import collector from '../sources/live/aws/collectors/iam.js';
import { A, B, C, iamWorld } from '../simcloud/services/iam/test-world.js';

const NOW = new Date('2026-06-01T12:00:00Z');

describe('live IAM → IAM rules', () => {
  let sim: RunningSimcloud;
  let findings: Finding[];
  /** `rule resource-name@account` → statuses. */
  const verdicts = new Map<string, string[]>();
  const get = (rule: string, name: string, account = A) => verdicts.get(`${rule} ${name}@${account}`)?.join(',') ?? 'none';

  before(async () => {
    sim = await startSimcloud(iamWorld(NOW));
    const resources: Resource[] = [];
    for (const account of [A, B, C]) {
      const c = defaultCredentialFor(account);
      const r = await runCollectorForTest(collector, { endpoint: sim.endpoint, credentials: { accessKeyId: c.accessKeyId, secretAccessKey: c.secretAccessKey }, account, region: 'us-east-1', now: NOW, maxAttempts: 1 });
      assert.deepEqual(r.gaps, []);
      resources.push(...r.resources);
    }
    const rules = allRules().filter((r) => r.resourceType.startsWith('aws.iam.'));
    findings = runRules(new Inventory(resources), rules, { now: NOW });
    for (const f of findings) {
      const k = `${f.ruleId} ${f.resource.name}@${f.resource.account ?? ''}`;
      verdicts.set(k, [...(verdicts.get(k) ?? []), f.status]);
    }
  });
  after(() => sim.close());

  it('judges users', () => {
    assert.equal(get('aws-iam-user-console-mfa', 'alice'), 'pass');
    assert.equal(get('aws-iam-user-console-mfa', 'bob'), 'fail');
    assert.equal(get('aws-iam-user-console-mfa', 'carol'), 'none', 'no password: out of scope');
    assert.equal(get('aws-iam-access-key-rotation', 'alice'), 'fail');
    assert.equal(get('aws-iam-access-key-rotation', 'carol'), 'pass');
    assert.equal(get('aws-iam-access-key-rotation', 'dave'), 'pass,pass');
    assert.equal(get('aws-iam-credentials-unused', 'alice'), 'pass');
    assert.equal(get('aws-iam-credentials-unused', 'bob'), 'fail');
    assert.equal(get('aws-iam-credentials-unused', 'carol'), 'pass');
    assert.equal(get('aws-iam-credentials-unused', 'dave'), 'fail', 'a key never used and 60 days old');
    assert.equal(get('aws-iam-user-multiple-active-keys', 'dave'), 'fail');
    assert.equal(get('aws-iam-user-multiple-active-keys', 'alice'), 'pass');
    assert.equal(get('aws-iam-user-admin-managed-policy', 'alice'), 'fail');
    assert.equal(get('aws-iam-user-admin-managed-policy', 'bob'), 'pass');
    assert.equal(get('aws-iam-user-inline-admin', 'erin'), 'fail');
    assert.equal(get('aws-iam-user-direct-policies', 'alice'), 'fail');
    assert.equal(get('aws-iam-user-direct-policies', 'svc-007'), 'pass');
  });

  it('judges groups, roles and customer policies', () => {
    assert.equal(get('aws-iam-group-inline-admin', 'admins'), 'fail');
    assert.equal(get('aws-iam-group-inline-admin', 'readers'), 'pass');
    assert.equal(get('aws-iam-role-trust-any-principal', 'open-role'), 'fail');
    assert.equal(get('aws-iam-role-trust-any-principal', 'web'), 'pass');
    assert.equal(get('aws-iam-role-trust-cross-account-no-external-id', 'partner'), 'fail');
    assert.equal(get('aws-iam-role-trust-cross-account-no-external-id', 'partner-guarded'), 'pass');
    assert.equal(get('aws-iam-role-trust-oidc-no-sub-condition', 'gha'), 'fail');
    assert.equal(get('aws-iam-role-admin-managed-policy', 'open-role'), 'fail');
    assert.equal(get('aws-iam-role-admin-managed-policy', 'web'), 'pass', 'customer policy resolved from the inventory by ARN');
    assert.equal(get('aws-iam-role-inline-admin', 'gha'), 'fail');
    // The default version (v2) is judged, not the older admin v1.
    assert.equal(get('aws-iam-policy-admin-access', 'app'), 'pass');
    assert.equal(get('aws-iam-policy-service-wildcard', 'wild'), 'fail');
    assert.equal(get('aws-iam-policy-privilege-escalation-actions', 'wild'), 'fail');
    assert.equal(get('aws-iam-policy-admin-access', 'AdministratorAccess'), 'none', 'AWS-managed policies are judged through their attachments');
  });

  it('judges password policies: present and strong passes, absent fails', () => {
    const ids = ['min-length', 'symbols', 'numbers', 'uppercase', 'lowercase', 'max-age', 'reuse'].map((s) => `aws-iam-password-policy-${s}`);
    for (const id of ids) {
      assert.equal(get(id, 'account-password-policy', A), 'pass', id);
      assert.equal(get(id, 'account-password-policy', B), 'fail', id);
    }
  });

  it('judges the root user of each account', () => {
    assert.deepEqual(['aws-iam-root-mfa', 'aws-iam-root-hardware-mfa', 'aws-iam-root-access-keys'].map((r) => get(r, 'root', A)), ['pass', 'pass', 'pass']);
    assert.deepEqual(['aws-iam-root-mfa', 'aws-iam-root-hardware-mfa', 'aws-iam-root-access-keys'].map((r) => get(r, 'root', B)), ['fail', 'fail', 'fail']);
    assert.deepEqual(['aws-iam-root-mfa', 'aws-iam-root-hardware-mfa', 'aws-iam-root-access-keys'].map((r) => get(r, 'root', C)), ['pass', 'fail', 'pass']);
  });

  it('leaves nothing unknown: a never-used password is judged by its age from the credential report', () => {
    const unknowns = findings.filter((f) => f.status === 'unknown').map((f) => `${f.ruleId} ${f.resource.name}@${f.resource.account ?? ''}`);
    assert.deepEqual(unknowns, []);
    assert.equal(get('aws-iam-credentials-unused', 'old', B), 'fail', 'a console password created long ago and never used');
  });
});
