/**
 * Compute plants of the demo world (issue 4): resources added on top of the account files, each one a
 * misconfiguration the demo scan must report, listed in `expected`.
 */
import type { PlantFamily } from './merge.js';

export const computePlants: PlantFamily = {
  name: 'compute',
  plant() {},
  expected: [],
};
