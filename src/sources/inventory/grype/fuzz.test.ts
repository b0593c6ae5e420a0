import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fuzzReader } from '../container-image/testing.js';
import { readGrypeReport } from './index.js';

const seeds = ['ecr-payments-api.json', 'dockerhub-redis.json'].map((f) => readFileSync(new URL(`./testdata/${f}`, import.meta.url), 'utf8'));

test('fuzz: 1,500 seeded mutations of Grype reports never throw; errors and provenance stay inside the file', () => {
  const { errors, imported } = fuzzReader('grype', readGrypeReport, seeds, 750);
  assert.ok(errors > 100 && imported > 100, `errors ${errors}, imported ${imported}`);
});
