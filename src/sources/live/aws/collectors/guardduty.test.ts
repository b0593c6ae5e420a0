import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { GuardDutyDetector } from '../../../../model/aws/index.js';
import type { RunningSimcloud } from '../../../../simcloud/testing.js';
import collector from './guardduty.js';
import { ACCOUNT, known, run, startSimcloud, worldOf } from './monitoring/test-world.js';

describe('guardduty collector against simcloud', () => {
  let sim: RunningSimcloud;
  before(async () => {
    sim = await startSimcloud(
      worldOf(
        {
          'us-east-1': { guardduty: { Detectors: [{ DetectorId: 'd-on', Status: 'ENABLED', FindingPublishingFrequency: 'FIFTEEN_MINUTES', Tags: { env: 'prod' }, Features: [{ Name: 'EKS_AUDIT_LOGS', Status: 'DISABLED' }],
            Findings: [
              { Id: 'high', Type: 'UnauthorizedAccess:EC2/SSHBruteForce', Severity: 8, CreatedAt: '2026-04-01T00:00:00Z', Resource: { ResourceType: 'Instance' } },
              { Id: 'archived', Type: 'Recon:EC2/PortProbeUnprotectedPort', Severity: 7.5, CreatedAt: '2026-04-01T00:00:00Z', Service: { Archived: true } },
              { Id: 'low', Type: 'Recon:EC2/Portscan', Severity: 2, CreatedAt: '2026-04-01T00:00:00Z' },
            ] }] } },
          'eu-west-1': { guardduty: { Detectors: [{ DetectorId: 'd-off', Status: 'DISABLED' }] } },
          // More detectors than one page (AWS allows one per region; the list API is paginated all the same).
          'eu-central-1': { guardduty: { Detectors: Array.from({ length: 60 }, (_, i) => ({ DetectorId: `d${i}` })) } },
        },
        ['guardduty:GetDetector'],
      ),
    );
  });
  after(() => sim.close());

  it('an enabled detector', async () => {
    const { resources, gaps } = await run(sim, collector, 'us-east-1');
    assert.deepEqual(gaps, []);
    assert.equal(resources.length, 1);
    const d = resources[0] as GuardDutyDetector;
    assert.equal(d.uid, `arn:aws:guardduty:us-east-1:${ACCOUNT}:detector/d-on`);
    assert.equal(known(d.properties.enabled), true);
    assert.equal(known(d.properties.findingPublishingFrequency), 'FIFTEEN_MINUTES');
    assert.deepEqual(known(d.tags), { env: 'prod' });
    // The world turns EKS audit logs off; the other plans keep what a new detector gets.
    const features = known(d.properties.features);
    assert.equal(features['EKS_AUDIT_LOGS'], 'DISABLED');
    assert.equal(features['S3_DATA_EVENTS'], 'ENABLED');
    assert.equal(features['RUNTIME_MONITORING'], 'DISABLED');
    // Only the unarchived high-severity finding is kept, with what the rule needs.
    assert.deepEqual(known(d.properties.highSeverityFindings), [{ id: 'high', type: 'UnauthorizedAccess:EC2/SSHBruteForce', severity: 8, createdAt: '2026-04-01T00:00:00.000Z', resourceType: 'Instance' }]);
    assert.deepEqual(d.properties.enabled.source, { kind: 'api', call: 'guardduty:GetDetector', region: 'us-east-1', account: ACCOUNT });
  });

  it('a disabled detector reads enabled false', async () => {
    const { resources } = await run(sim, collector, 'eu-west-1');
    assert.equal(known((resources[0] as GuardDutyDetector).properties.enabled), false);
  });

  it('a region without a detector emits one with enabled explicitly false', async () => {
    const { resources, gaps } = await run(sim, collector, 'us-east-2');
    assert.deepEqual(gaps, []);
    assert.equal(resources.length, 1);
    const d = resources[0] as GuardDutyDetector;
    assert.equal(d.region, 'us-east-2');
    assert.equal(d.properties.enabled.kind, 'explicit');
    assert.equal(known(d.properties.enabled), false);
    assert.equal(d.properties.findingPublishingFrequency.kind, 'default');
  });

  it('follows ListDetectors pages', async () => {
    const { resources, calls } = await run(sim, collector, 'eu-central-1');
    assert.equal(resources.length, 60);
    assert.equal(calls.filter((c) => c === 'guardduty:ListDetectors').length, 2);
  });

  it('GetDetector denied: enabled unknown, with a gap naming the detector', async () => {
    const { resources, gaps } = await run(sim, collector, 'us-east-1', true);
    const d = resources[0] as GuardDutyDetector;
    assert.equal(d.properties.enabled.kind, 'unresolvable');
    assert.match(d.properties.enabled.reason ?? '', /AccessDenied/);
    assert.deepEqual(gaps.map((g) => [g.call, g.reason, g.resourceId]), [['guardduty:GetDetector', 'AccessDenied', 'd-on']]);
  });

  it('a disabled opt-in region is a gap and the detector is unknown, not absent', async () => {
    const { resources, gaps } = await run(sim, collector, 'ap-east-1');
    assert.equal(resources.length, 1);
    assert.equal((resources[0] as GuardDutyDetector).properties.enabled.kind, 'unresolvable');
    assert.equal(gaps[0]?.reason, 'RegionDisabled');
  });
});
