import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CSV_COLUMNS, csvField, render } from './index.js';
import { fixtureReport, SPECIAL } from '../test-support/fixture.js';

/** A strict RFC 4180 reader for the test: quoted fields, doubled quotes, CRLF records. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  for (;;) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q < 0) throw new Error('unterminated quoted field');
        field += text.slice(i, q);
        if (text[q + 1] === '"') {
          field += '"';
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
    } else {
      const m = /^[^,"\r\n]*/.exec(text.slice(i))![0];
      field = m;
      i += m.length;
    }
    row.push(field);
    if (text[i] === ',') {
      i++;
      continue;
    }
    if (text.startsWith('\r\n', i)) {
      rows.push(row);
      row = [];
      i += 2;
      if (i === text.length) return rows;
      continue;
    }
    throw new Error(`unexpected ${JSON.stringify(text[i])} at ${i}`);
  }
}

test('CSV: header row, one record per finding, every record as wide as the header', () => {
  const rows = parseCsv(render(fixtureReport()));
  assert.deepEqual(rows[0], [...CSV_COLUMNS]);
  assert.equal(rows.length, 1 + fixtureReport().findings.length);
  for (const r of rows) assert.equal(r.length, CSV_COLUMNS.length);
});

test('CSV: values round-trip, including quotes, commas and embedded newlines', () => {
  const rows = parseCsv(render(fixtureReport()));
  const col = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);
  const special = rows.find((r) => r[col('fingerprint')] === 'fp-special')!;
  assert.equal(special[col('message')], SPECIAL);
  assert.equal(special[col('resourceId')], 'aws_s3_bucket.odd["a,b"]');
  assert.equal(special[col('resourceName')], 'odd "name"');
  const muted = rows.find((r) => r[col('fingerprint')] === 'fp-muted')!;
  assert.equal(muted[col('muted')], 'true');
  assert.equal(muted[col('muteReason')], 'logs bucket cannot log to itself');
  const live = rows.find((r) => r[col('fingerprint')] === 'fp-info')!;
  assert.equal(live[col('file')], '');
  assert.equal(live[col('account')], '111122223333');
  const crit = rows.find((r) => r[col('fingerprint')] === 'fp-crit')!;
  assert.deepEqual([crit[col('startLine')], crit[col('endLine')], crit[col('status')]], ['3', '9', 'fail']);
});

test('csvField quotes only when needed and neutralizes spreadsheet formulas', () => {
  assert.equal(csvField('plain'), 'plain');
  assert.equal(csvField('a,b'), '"a,b"');
  assert.equal(csvField('say "hi"'), '"say ""hi"""');
  assert.equal(csvField('l1\r\nl2'), '"l1\r\nl2"');
  assert.equal(csvField(undefined), '');
  assert.equal(csvField(12), '12');
  assert.equal(csvField('=HYPERLINK("x")'), `"'=HYPERLINK(""x"")"`);
  assert.equal(csvField('=1+1', false), '=1+1');
  assert.equal(csvField(-1), '-1', 'numbers are not formulas');
});

test('csv: a riskScore column after status', () => {
  const rows = render(fixtureReport()).split('\r\n');
  const header = rows[0]!.split(',');
  const at = header.indexOf('riskScore');
  assert.equal(at, header.indexOf('status') + 1);
  const crit = rows.find((r) => r.startsWith('aws-s3-bucket-public-access-block,'))!;
  assert.equal(crit.split(',')[at], '90');
});
