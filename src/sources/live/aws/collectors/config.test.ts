import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { ConfigRecorder, ConfigRule } from '../../../../model/aws/index.js';
import type { RunningSimcloud } from '../../../../simcloud/testing.js';
import collector from './config.js';
import { ACCOUNT, known, run, startSimcloud, worldOf } from './monitoring/test-world.js';

const ON = 'us-east-1';
const STOPPED = 'eu-west-1';
const NONE = 'eu-central-1';
const rules = Array.from({ length: 30 }, (_, i) => ({ ConfigRuleName: `rule-${String(i).padStart(2, '0')}`, Source: { Owner: 'AWS', SourceIdentifier: i === 0 ? 'S3_BUCKET_VERSIONING_ENABLED' : 'CLOUD_TRAIL_ENABLED' } }));

describe('config collector against simcloud', () => {
  let sim: RunningSimcloud;
  before(async () => {
    sim = await startSimcloud(
      worldOf(
        {
          [ON]: {
            config: {
              ConfigurationRecorders: [{ name: 'default', roleARN: `arn:aws:iam::${ACCOUNT}:role/config`, recordingGroup: { allSupported: true, includeGlobalResourceTypes: true } }],
              ConfigurationRecordersStatus: [{ name: 'default', recording: true, lastStatus: 'SUCCESS', lastStartTime: '2025-01-01T00:00:00Z' }],
              DeliveryChannels: [{ name: 'default', s3BucketName: 'config-bucket' }],
              ConfigRules: rules,
              ComplianceByConfigRules: [{ ConfigRuleName: 'rule-00', Compliance: { ComplianceType: 'NON_COMPLIANT', ComplianceContributorCount: { CappedCount: 3, CapExceeded: false } } }, { ConfigRuleName: 'rule-01', Compliance: { ComplianceType: 'COMPLIANT' } }],
            },
          },
          [STOPPED]: {
            config: {
              ConfigurationRecorders: [
                { name: 'partial', roleARN: `arn:aws:iam::${ACCOUNT}:role/config`, recordingGroup: { allSupported: false, includeGlobalResourceTypes: false, resourceTypes: ['AWS::S3::Bucket'] } },
                { name: 'aws-linked', servicePrincipal: 'config-conforms.amazonaws.com', recordingGroup: { allSupported: false } },
              ],
              ConfigurationRecordersStatus: [{ name: 'partial', recording: false, lastStatus: 'FAILURE' }],
            },
          },
        },
        ['config:DescribeConfigurationRecorderStatus', 'config:DescribeComplianceByConfigRule'],
      ),
    );
  });
  after(() => sim.close());

  it('emits a recording recorder and every rule (across pages) with its compliance', async () => {
    const { resources, gaps, calls } = await run(sim, collector, ON);
    assert.deepEqual(gaps, []);
    const [rec] = resources.filter((r): r is ConfigRecorder => r.type === 'aws.config.recorder');
    assert.ok(rec);
    assert.equal(rec.uid, `arn:aws:config:${ON}:${ACCOUNT}:configuration-recorder/default/default`);
    assert.equal(known(rec.properties.exists), true);
    assert.equal(known(rec.properties.recording), true);
    assert.equal(known(rec.properties.allSupported), true);
    assert.equal(known(rec.properties.includeGlobalResourceTypes), true);
    assert.equal(known(rec.properties.lastStatus), 'SUCCESS');
    assert.equal(known(rec.properties.deliveryBucket), 'config-bucket');
    assert.equal(known(rec.properties.ruleCount), 30);
    const ruleRes = resources.filter((r): r is ConfigRule => r.type === 'aws.config.rule');
    assert.equal(ruleRes.length, 30);
    assert.equal(calls.filter((c) => c === 'config:DescribeConfigRules').length, 2);
    assert.equal(calls.filter((c) => c === 'config:DescribeComplianceByConfigRule').length, 2);
    const byName = new Map(ruleRes.map((r) => [r.name, r]));
    assert.equal(known(byName.get('rule-00')!.properties.compliance), 'NON_COMPLIANT');
    assert.equal(known(byName.get('rule-00')!.properties.sourceIdentifier), 'S3_BUCKET_VERSIONING_ENABLED');
    assert.equal(known(byName.get('rule-01')!.properties.compliance), 'COMPLIANT');
    assert.equal(known(byName.get('rule-29')!.properties.compliance), 'INSUFFICIENT_DATA');
  });

  it('a stopped partial recorder reads as such; service-linked recorders are not the account recorder', async () => {
    const { resources, gaps } = await run(sim, collector, STOPPED);
    assert.deepEqual(gaps, []);
    assert.deepEqual(resources.map((r) => r.name), ['partial']);
    const p = (resources[0] as ConfigRecorder).properties;
    assert.equal(known(p.recording), false);
    assert.equal(known(p.allSupported), false);
    assert.equal(known(p.lastStatus), 'FAILURE');
    // No delivery channel and no rule in this region: both are facts, not gaps.
    assert.equal(known(p.deliveryBucket), null);
    assert.equal(known(p.ruleCount), 0);
  });

  it('a region with no recorder emits one with exists false', async () => {
    const { resources, gaps } = await run(sim, collector, NONE);
    assert.deepEqual(gaps, []);
    assert.equal(resources.length, 1);
    const r = resources[0] as ConfigRecorder;
    assert.equal(r.uid, `arn:aws:config:${NONE}:${ACCOUNT}:configuration-recorder/(none)`);
    assert.equal(r.region, NONE);
    assert.equal(r.properties.exists.kind, 'explicit');
    assert.equal(known(r.properties.exists), false);
    assert.equal(known(r.properties.recording), false);
  });

  it('denied status and compliance calls leave those values unknown, with gaps', async () => {
    const { resources, gaps } = await run(sim, collector, ON, true);
    const rec = resources.find((r): r is ConfigRecorder => r.type === 'aws.config.recorder')!;
    assert.equal(known(rec.properties.exists), true);
    assert.equal(rec.properties.recording.kind, 'unresolvable');
    assert.equal(rec.properties.lastStatus.kind, 'unresolvable');
    const rule = resources.find((r): r is ConfigRule => r.type === 'aws.config.rule')!;
    assert.equal(rule.properties.compliance.kind, 'unresolvable');
    assert.deepEqual(gaps.map((g) => `${g.call}:${g.reason}`).sort(), ['config:DescribeComplianceByConfigRule:AccessDenied', 'config:DescribeConfigurationRecorderStatus:AccessDenied']);
  });
});
