import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fuzzReader } from '../container-image/testing.js';
import { readTrivyReport } from './index.js';

const seeds = ['ecr-payments-api.json', 'dockerhub-nginx.json'].map((f) => readFileSync(new URL(`./testdata/${f}`, import.meta.url), 'utf8'));

test('fuzz: 1,500 seeded mutations of Trivy reports never throw; errors and provenance stay inside the file', () => {
  const { errors, imported } = fuzzReader('trivy', readTrivyReport, seeds, 750);
  // Both outcomes must occur, or the mutations are not reaching the reader's checks.
  assert.ok(errors > 100 && imported > 100, `errors ${errors}, imported ${imported}`);
});
