import { test } from 'node:test';
import assert from 'node:assert/strict';
import { UsageError } from '../../shared/errors.js';
import { choosePdfFont, familyOf } from './fonts.js';

const files = (...paths: string[]) => (p: string) => paths.includes(p);

test('a named font brings its bold and italic faces when they sit beside it', () => {
  const exists = files('/f/Inter-Regular.ttf', '/f/Inter-Bold.ttf', '/f/Inter-Italic.ttf');
  assert.deepEqual(familyOf('/f/Inter-Regular.ttf', exists), { regular: '/f/Inter-Regular.ttf', bold: '/f/Inter-Bold.ttf', italic: '/f/Inter-Italic.ttf' });
  assert.deepEqual(familyOf('/f/Sans.ttf', files('/f/Sans.ttf', '/f/Sans-Oblique.ttf')), { regular: '/f/Sans.ttf', italic: '/f/Sans-Oblique.ttf' });
  assert.deepEqual(familyOf('/f/Lone.otf', files('/f/Lone.otf')), { regular: '/f/Lone.otf' });
});

test('--pdf-font wins over the environment, which wins over installed fonts; builtin means Helvetica', () => {
  const dejavu = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';
  const exists = files('/mine/Font.ttf', '/env/Font.ttf', dejavu);
  assert.equal(choosePdfFont({ flag: '/mine/Font.ttf', env: { CLOUDWARDEN_PDF_FONT: '/env/Font.ttf' }, exists })?.regular, '/mine/Font.ttf');
  assert.equal(choosePdfFont({ env: { CLOUDWARDEN_PDF_FONT: '/env/Font.ttf' }, exists })?.regular, '/env/Font.ttf');
  assert.equal(choosePdfFont({ env: {}, exists })?.regular, dejavu);
  assert.equal(choosePdfFont({ flag: 'builtin', env: {}, exists }), undefined);
  assert.equal(choosePdfFont({ env: {}, exists: () => false }), undefined, 'nothing installed: Helvetica');
});

test('a font that is not there, or not a font file, is a usage error naming the flag or variable', () => {
  assert.throws(() => choosePdfFont({ flag: '/nope/Font.ttf', exists: () => false }), (e: unknown) => e instanceof UsageError && /^--pdf-font: no font file at \/nope\/Font\.ttf/.test(e.message));
  assert.throws(() => choosePdfFont({ env: { CLOUDWARDEN_PDF_FONT: '/etc/passwd' }, exists: () => true }), (e: unknown) => e instanceof UsageError && /^CLOUDWARDEN_PDF_FONT: "\/etc\/passwd" is not a \.ttf or \.otf file/.test(e.message));
});
