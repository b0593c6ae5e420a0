/**
 * GDPR as data: the articles with a security side, cited by article and paragraph, with legal duties left to
 * people and the security-of-processing paragraphs carrying configuration evidence.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { loadFrameworks } from './index.js';

const gdpr = loadFrameworks().find((f) => f.id === 'gdpr');
const req = (id: string) => gdpr?.requirements.find((r) => r.id === id);

describe('GDPR', () => {
  test('loads with its metadata', () => {
    assert.ok(gdpr, 'gdpr not loaded');
    assert.equal(gdpr.version, '2016/679');
  });

  test('ids cite an article and paragraph, filed under that article', () => {
    for (const r of gdpr?.requirements ?? []) {
      const m = /^Art\. (\d+)(\(\d+\)(\([a-f]\))?)?$/.exec(r.id);
      assert.ok(m, `${r.id}: not an article citation`);
      const n = Number(m[1]);
      assert.ok(n >= 44 && n <= 46 ? r.section.startsWith('Articles 44-46 ') : r.section.startsWith(`Article ${n} `), `${r.id}: ${r.section}`);
    }
  });

  test('covers the security articles the brief names', () => {
    const articles = new Set(gdpr?.requirements.map((r) => Number(/^Art\. (\d+)/.exec(r.id)?.[1])));
    for (const n of [5, 24, 25, 28, 30, 32, 33, 34, 35, 44, 45, 46]) assert.ok(articles.has(n), `Article ${n}`);
    for (const id of ['Art. 32(1)(a)', 'Art. 32(1)(b)', 'Art. 32(1)(c)', 'Art. 32(1)(d)', 'Art. 5(1)(f)', 'Art. 25(2)']) assert.ok(req(id), id);
  });

  test('security of processing carries configuration evidence', () => {
    assert.ok(req('Art. 32(1)(a)')?.rules.includes('aws-rds-instance-encrypted'));
    assert.ok(req('Art. 32(1)(a)')?.rules.includes('aws-s3-bucket-tls-only'));
    assert.ok(req('Art. 32(1)(c)')?.rules.includes('aws-rds-instance-backup-retention'));
    assert.ok(req('Art. 25(2)')?.rules.includes('aws-s3-bucket-public-policy'));
  });

  test('legal and contractual duties are manual by nature', () => {
    for (const id of ['Art. 28(3)', 'Art. 30(1)', 'Art. 33(1)', 'Art. 35(1)', 'Art. 46(1)']) {
      assert.equal(req(id)?.manual, true, id);
      assert.match(req(id)?.note ?? '', /^manual by nature: \S/, id);
    }
  });
});
