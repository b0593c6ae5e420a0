/**
 * Layer boundaries of ARCHITECTURE.md: each layer imports only the layers below it.
 * `cli/` and `integration/` (end-to-end tests) are the composition roots and may import anything.
 */
const layers = {
  shared: [],
  model: ['shared'],
  rules: ['model', 'shared'],
  frameworks: ['shared'],
  findings: ['model', 'shared'],
  sources: ['model', 'shared'],
  engine: ['rules', 'model', 'findings', 'frameworks', 'shared'],
  compliance: ['findings', 'model', 'frameworks', 'shared'],
  outputs: ['findings', 'model', 'frameworks', 'compliance', 'shared'],
  graph: ['model', 'findings', 'shared'],
  drift: ['findings', 'model', 'shared'],
  remediation: ['model', 'findings', 'shared'],
  detect: ['model', 'findings', 'shared', 'graph'],
  simcloud: ['shared'],
  api: ['findings', 'outputs', 'frameworks', 'model', 'shared', 'engine', 'graph'],
  worker: ['engine', 'sources', 'findings', 'model', 'shared', 'frameworks', 'outputs', 'graph'],
};
/**
 * Tests (and their fixture helpers) of a source may also drive simcloud: the issue requires every collector
 * to be tested through the real SDK against the simulated cloud. Production code of a layer never may.
 */
const TEST_FILES = '(\\.test\\.ts$|/test-world\\.ts$|/test-support/|/testing\\.ts$)';
const testAllowances = { sources: ['simcloud'] };

const forbidden = Object.entries(layers).map(([layer, allowed]) => ({
  name: `layer-${layer}`,
  comment: `src/${layer} may import only: ${allowed.join(', ') || 'nothing of ours'}`,
  severity: 'error',
  from: { path: `^src/${layer}/`, ...(testAllowances[layer] ? { pathNot: TEST_FILES } : {}) },
  to: { path: '^src/([^/]+)/', pathNot: [`^src/(${[layer, ...allowed].join('|')})/`, '^src/rules/catalog\\.generated\\.ts$'] },
}));
for (const [layer, extra] of Object.entries(testAllowances)) {
  const allowed = [layer, ...layers[layer], ...extra];
  forbidden.push({
    name: `layer-${layer}-tests`,
    comment: `tests of src/${layer} may import: ${allowed.join(', ')}`,
    severity: 'error',
    from: { path: `^src/${layer}/.*${TEST_FILES}` },
    to: { path: '^src/([^/]+)/', pathNot: [`^src/(${allowed.join('|')})/`, '^src/rules/catalog\\.generated\\.ts$'] },
  });
}
forbidden.push({
  name: 'rules-are-pure',
  comment: 'rules/ and model/ do no I/O and use no SDK',
  severity: 'error',
  from: { path: '^src/(rules|model)/', pathNot: '\\.test\\.ts$' },
  to: { dependencyTypes: ['core', 'npm'] },
});
forbidden.push({
  name: 'iam-simulate-is-a-test-oracle',
  comment: '@cloud-copilot/iam-simulate is AGPL-3.0: only tests and their test-support/ (not built) may use it',
  severity: 'error',
  from: { path: '^src/', pathNot: '(\\.test\\.ts$|/test-support/)' },
  to: { path: '@cloud-copilot/iam-simulate' },
});
forbidden.push({ name: 'no-circular', severity: 'error', from: {}, to: { circular: true } });
module.exports = {
  forbidden,
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    exclude: { path: 'catalog\\.generated' },
  },
};
