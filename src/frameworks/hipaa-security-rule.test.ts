/**
 * HIPAA Security Rule as data: every standard and implementation specification of 45 CFR 164.308-164.316, in the
 * regulation's numbering, with physical safeguards left to people and the technical ones carrying evidence.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { loadFrameworks } from './index.js';

const hipaa = loadFrameworks().find((f) => f.id === 'hipaa-security-rule');
const req = (id: string) => hipaa?.requirements.find((r) => r.id === id);
const ids = (section: string): string[] => (hipaa?.requirements ?? []).filter((r) => r.id.startsWith(section)).map((r) => r.id);

describe('HIPAA Security Rule', () => {
  test('loads with its metadata', () => {
    assert.ok(hipaa, 'hipaa-security-rule not loaded');
    assert.equal(hipaa.name, 'HIPAA Security Rule');
  });

  test('ids are CFR citations filed under their section', () => {
    for (const r of hipaa?.requirements ?? []) {
      assert.match(r.id, /^164\.3(08|10|12|14|16)\([a-e]\)(\(\d+\))?(\((i|ii|iii|iv)\))?(\([A-E]\))?$/, r.id);
      assert.ok(r.section.startsWith(r.id.slice(0, 7) + ' '), `${r.id}: ${r.section}`);
    }
    assert.equal(hipaa?.requirements.length, 69);
  });

  test('lists the technical safeguards completely', () => {
    assert.deepEqual(ids('164.312'), [
      '164.312(a)(1)', '164.312(a)(2)(i)', '164.312(a)(2)(ii)', '164.312(a)(2)(iii)', '164.312(a)(2)(iv)', '164.312(b)',
      '164.312(c)(1)', '164.312(c)(2)', '164.312(d)', '164.312(e)(1)', '164.312(e)(2)(i)', '164.312(e)(2)(ii)',
    ]);
    assert.deepEqual(ids('164.316'), ['164.316(a)', '164.316(b)(1)', '164.316(b)(2)(i)', '164.316(b)(2)(ii)', '164.316(b)(2)(iii)']);
    for (const id of ['164.308(a)(1)(ii)(A)', '164.308(a)(5)(ii)(D)', '164.308(a)(7)(ii)(E)', '164.308(b)(3)', '164.310(d)(2)(iv)', '164.314(b)(2)(iv)'])
      assert.ok(req(id), id);
  });

  test('technical safeguards carry configuration evidence', () => {
    assert.ok(req('164.312(a)(2)(iv)')?.rules.includes('aws-ec2-ebs-volume-encrypted'));
    assert.ok(req('164.312(b)')?.rules.includes('aws-cloudtrail-logging-enabled'));
    assert.ok(req('164.312(d)')?.rules.includes('aws-iam-user-console-mfa'));
    assert.ok(req('164.312(e)(2)(ii)')?.rules.includes('aws-elbv2-listener-tls-policy'));
    assert.ok(req('164.308(a)(7)(ii)(A)')?.rules.includes('aws-dynamodb-table-pitr'));
  });

  test('physical, organisational and documentation requirements are manual by nature', () => {
    for (const r of hipaa?.requirements.filter((x) => /^164\.31[046]/.test(x.id)) ?? []) {
      assert.equal(r.manual, true, r.id);
      assert.match(r.note ?? '', /^manual by nature: \S/, r.id);
    }
  });
});
