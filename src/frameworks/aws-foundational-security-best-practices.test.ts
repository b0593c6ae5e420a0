/**
 * AWS Foundational Security Best Practices as data: Security Hub control ids in their own form, grouped by
 * service, with the controls our rules evaluate mapped and every other one marked "not automated yet"
 * (each FSBP control is a configuration check, so none is manual by nature).
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { frameworksFor, loadFrameworks } from './index.js';

const fsbp = loadFrameworks().find((f) => f.id === 'aws-foundational-security-best-practices');
const req = (id: string) => fsbp?.requirements.find((r) => r.id === id);

describe('AWS Foundational Security Best Practices', () => {
  test('loads with about 300 controls', () => {
    assert.ok(fsbp, 'aws-foundational-security-best-practices not loaded');
    assert.equal(fsbp.provider, 'aws');
    assert.ok(fsbp.requirements.length >= 250, `${fsbp.requirements.length} controls`);
    assert.match(fsbp.url ?? '', /^https:\/\/docs\.aws\.amazon\.com\/securityhub\//);
  });

  test('control ids have the Security Hub form and each service keeps to one section', () => {
    const sectionOf = new Map<string, string>();
    for (const r of fsbp?.requirements ?? []) {
      const m = /^([A-Za-z0-9]+)\.(\d+)$/.exec(r.id);
      assert.ok(m, `${r.id}: not a Security Hub control id`);
      const service = m[1] as string;
      const seen = sectionOf.get(service);
      if (seen) assert.equal(r.section, seen, `${r.id}: section`);
      else sectionOf.set(service, r.section);
    }
  });

  test('controls within a service are listed in numeric order', () => {
    const last = new Map<string, number>();
    for (const r of fsbp?.requirements ?? []) {
      const [service, n] = r.id.split('.') as [string, string];
      assert.ok(Number(n) > (last.get(service) ?? 0), `${r.id} out of order`);
      last.set(service, Number(n));
    }
  });

  test('controls without a rule are "not automated yet"', () => {
    for (const r of fsbp?.requirements ?? []) if (r.manual) assert.match(r.note ?? '', /^not automated yet: \S/, r.id);
  });

  test('well-known controls map to the rules that judge them', () => {
    assert.deepEqual(req('S3.8')?.rules, ['aws-s3-bucket-public-access-block']);
    assert.deepEqual(req('IAM.4')?.rules, ['aws-iam-root-access-keys']);
    assert.deepEqual(req('EC2.8')?.rules, ['aws-ec2-instance-imdsv2']);
    assert.ok(req('EC2.19')?.rules.includes('aws-ec2-sg-ssh-open'));
    assert.ok(!req('EC2.19')?.rules.includes('aws-ec2-sg-kafka-open'), 'Kafka is not among the high-risk ports of EC2.19');
    const inFsbp = (ruleId: string): string[] => frameworksFor(ruleId).filter((x) => x.framework === fsbp?.id).map((x) => x.requirement);
    assert.deepEqual(inFsbp('aws-cloudtrail-log-file-validation'), ['CloudTrail.4']);
  });

  test("a rule stricter than the control's default is not mapped to it", () => {
    // IAM.8 asks about 90 days; a credential flagged by a 45-day rule may still be within the control's limit.
    assert.deepEqual(req('IAM.8')?.rules, ['aws-iam-user-access-key-unused-90-days', 'aws-iam-user-password-unused-90-days']);
    assert.ok(!req('IAM.7')?.rules.includes('aws-iam-password-policy-min-length'));
  });
});
