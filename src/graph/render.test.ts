import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { formatPorts, intersect, normalize, subtract, tcpPortsOf, union } from './ports.js';
import { renderAnswer, type GraphAnswer } from './render.js';

describe('port sets', () => {
  it('normalizes, unions, intersects and subtracts inclusive ranges', () => {
    assert.deepEqual(normalize([[30, 40], [10, 20], [21, 25]]), [[10, 25], [30, 40]]);
    assert.deepEqual(union([[1, 5]], [[4, 9]]), [[1, 9]]);
    assert.deepEqual(intersect([[0, 100]], [[22, 22], [80, 443]]), [[22, 22], [80, 100]]);
    assert.deepEqual(subtract([[0, 65535]], [[443, 443]]), [[0, 442], [444, 65535]]);
    assert.deepEqual(tcpPortsOf('udp', 53, 53), []);
    assert.deepEqual(tcpPortsOf('-1', -1, -1), [[0, 65535]]);
    assert.equal(formatPorts([[22, 22], [8000, 8080]]), '22, 8000-8080');
  });
});

describe('renderAnswer', () => {
  const answer: GraphAnswer = { json: { a: 1 }, columns: ['who', 'what'], rows: [['bob "the builder"', 'x']], edges: [{ from: 'bob "the builder"', to: 'admin', label: 'passrole-lambda' }, { from: 'bob "the builder"', to: 'admin', label: 'passrole-lambda' }], notes: ['path 1'] };

  it('prints the same facts in every format, escaping quotes in the diagrams', () => {
    assert.match(renderAnswer(answer, 'table'), /^who\s+what\n-+\s+-+\nbob "the builder"\s+x\n\npath 1\n$/);
    assert.deepEqual(JSON.parse(renderAnswer(answer, 'json')), { a: 1 });
    const dot = renderAnswer(answer, 'dot');
    assert.equal(dot.match(/->/g)?.length, 1);
    assert.match(dot, /"bob \\"the builder\\"" -> "admin" \[label="passrole-lambda"\];/);
    assert.match(renderAnswer(answer, 'mermaid'), /n0\["bob #quot;the builder#quot;"\] -->\|"passrole-lambda"\| n1\["admin"\]/);
  });
});
