import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseTemplate } from './parse.js';
import { child, type CfnNode } from './node.js';
import { SHORT_FORMS } from './tags.js';

function root(text: string): CfnNode {
  const p = parseTemplate('t.yaml', text);
  if (!p.ok) throw new Error(p.errors.map((e) => `${e.line}:${e.column} ${e.message}`).join('; '));
  return p.root;
}

/** Plain JSON of a node, for comparing long forms. */
function plain(n: CfnNode | undefined): unknown {
  if (n === undefined) return undefined;
  if (n.t === 'scalar') return n.value;
  if (n.t === 'list') return n.items.map(plain);
  if (n.t === 'map') return Object.fromEntries([...n.entries].map(([k, v]) => [k, plain(v)]));
  return { unknown: n.reason };
}

test('every short-form tag becomes its long form', () => {
  const cases: [string, unknown][] = [
    ['!Ref Bucket', { Ref: 'Bucket' }],
    ['!Sub "${AWS::Region}-x"', { 'Fn::Sub': '${AWS::Region}-x' }],
    ['!Sub ["${A}-x", {A: b}]', { 'Fn::Sub': ['${A}-x', { A: 'b' }] }],
    ['!GetAtt Bucket.Arn', { 'Fn::GetAtt': ['Bucket', 'Arn'] }],
    ['!GetAtt Db.Endpoint.Address', { 'Fn::GetAtt': ['Db', 'Endpoint.Address'] }],
    ['!GetAtt [Bucket, Arn]', { 'Fn::GetAtt': ['Bucket', 'Arn'] }],
    ['!If [C, a, b]', { 'Fn::If': ['C', 'a', 'b'] }],
    ['!Join ["-", [a, b]]', { 'Fn::Join': ['-', ['a', 'b']] }],
    ['!Select [0, [a, b]]', { 'Fn::Select': [0, ['a', 'b']] }],
    ['!Split [",", "a,b"]', { 'Fn::Split': [',', 'a,b'] }],
    ['!FindInMap [M, k1, k2]', { 'Fn::FindInMap': ['M', 'k1', 'k2'] }],
    ['!Base64 hello', { 'Fn::Base64': 'hello' }],
    ['!Equals [a, b]', { 'Fn::Equals': ['a', 'b'] }],
    ['!And [!Condition A, !Condition B]', { 'Fn::And': [{ Condition: 'A' }, { Condition: 'B' }] }],
    ['!Or [!Condition A, !Equals [x, y]]', { 'Fn::Or': [{ Condition: 'A' }, { 'Fn::Equals': ['x', 'y'] }] }],
    ['!Not [!Condition A]', { 'Fn::Not': [{ Condition: 'A' }] }],
    ['!Condition A', { Condition: 'A' }],
    ['!ImportValue shared-vpc', { 'Fn::ImportValue': 'shared-vpc' }],
    ['!GetAZs ""', { 'Fn::GetAZs': '' }],
    ['!Cidr [10.0.0.0/16, 2, 8]', { 'Fn::Cidr': ['10.0.0.0/16', 2, 8] }],
    ['!Transform {Name: M, Parameters: {a: 1}}', { 'Fn::Transform': { Name: 'M', Parameters: { a: 1 } } }],
  ];
  for (const [src, want] of cases) assert.deepEqual(plain(child(root(`v: ${src}\n`), 'v')), want, src);
  const covered = new Set(cases.map(([s]) => s.slice(1, s.search(/[\s]|$/))));
  for (const required of ['Ref', 'Sub', 'GetAtt', 'If', 'Join', 'Select', 'Split', 'FindInMap', 'Base64', 'Equals', 'And', 'Or', 'Not', 'Condition', 'ImportValue', 'GetAZs', 'Cidr', 'Transform']) {
    assert.ok(covered.has(required), `no case for !${required}`);
    assert.ok(SHORT_FORMS[required], `no tag for !${required}`);
  }
});

test('nested short forms and block-style sequences under a tag', () => {
  const r = root(`v: !Join
  - ''
  - - !Ref A
    - !Sub
      - '\${X}'
      - X: !GetAtt B.Arn
`);
  assert.deepEqual(plain(child(r, 'v')), { 'Fn::Join': ['', [{ Ref: 'A' }, { 'Fn::Sub': ['${X}', { X: { 'Fn::GetAtt': ['B', 'Arn'] } }] }]] });
});

test('ranges: a property spans its key to the end of its value; blocks stop before blank lines and comments', () => {
  const r = root(`Resources:
  Bucket:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: data
      Tags:
        - Key: a
          Value: b

  # trailing comment
  Other:
    Type: AWS::SNS::Topic
`);
  const bucket = child(child(r, 'Resources'), 'Bucket')!;
  assert.deepEqual(bucket.range, { startLine: 2, endLine: 8, startColumn: 3 });
  const props = child(bucket, 'Properties')!;
  assert.equal(child(props, 'BucketName')!.range.startLine, 5);
  assert.equal(child(props, 'BucketName')!.range.endLine, 5);
  assert.deepEqual(child(props, 'Tags')!.range, { startLine: 6, endLine: 8, startColumn: 7 });
  assert.deepEqual(child(child(r, 'Resources'), 'Other')!.range, { startLine: 11, endLine: 12, startColumn: 3 });
});

test('a block scalar ends on its last line', () => {
  const r = root(`a:
  b: |
    line one
    line two
  c: 1
`);
  assert.deepEqual(child(child(r, 'a'), 'b')!.range, { startLine: 2, endLine: 4, startColumn: 3 });
});

test('JSON templates parse with exact lines, tab-indented ones too', () => {
  const json = `{
  "Resources": {
    "Bucket": {
      "Type": "AWS::S3::Bucket",
      "Properties": {
        "BucketName": { "Fn::Sub": "\${AWS::StackName}-x" }
      }
    }
  }
}
`;
  for (const text of [json, json.replace(/ {2}/g, '\t')]) {
    const bucket = child(child(root(text), 'Resources'), 'Bucket')!;
    assert.equal(bucket.range.startLine, 3);
    assert.equal(bucket.range.endLine, 8);
    const name = child(child(bucket, 'Properties'), 'BucketName')!;
    assert.equal(name.range.startLine, 6);
    assert.deepEqual(plain(name), { 'Fn::Sub': '${AWS::StackName}-x' });
  }
});

test('syntax errors come back with line and column, never thrown', () => {
  const cases: [string, number][] = [
    ['Resources:\n  A:\n    Type: [unclosed\n', 3],
    ['Resources:\n  A: 1\n  A: 2\n', 3],
    ['a: b\n  c: d\n', 1],
    ['{"Resources": {"A": }\n', 1],
    ['v: !NotAFunction x\n', 1],
  ];
  for (const [text, line] of cases) {
    const p = parseTemplate('bad.yaml', text);
    assert.equal(p.ok, false, text);
    if (p.ok) continue;
    assert.ok(p.errors.length > 0);
    assert.equal(p.errors[0]!.file, 'bad.yaml');
    assert.equal(p.errors[0]!.line, line, `${text}: ${p.errors[0]!.message}`);
    assert.ok(p.errors[0]!.column >= 1);
    assert.ok(!p.errors[0]!.message.includes('\n'));
  }
});

test('aliases resolve; a document nested absurdly deep is an error, not a stack overflow', () => {
  const r = root('a: &x {k: 1}\nb: *x\n');
  assert.deepEqual(plain(child(r, 'b')), { k: 1 });
  const deep = parseTemplate('deep.yaml', `${'['.repeat(400)}${']'.repeat(400)}`);
  assert.equal(deep.ok, false);
  const laughs = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
  for (let i = 1; i < 12; i++) laughs.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill(`*${String.fromCharCode(96 + i)}`).join(', ')}]`);
  const started = Date.now();
  const bomb = parseTemplate('bomb.yaml', laughs.join('\n'));
  assert.equal(bomb.ok, false);
  if (!bomb.ok) assert.match(bomb.errors[0]!.message, /expands|alias/i);
  assert.ok(Date.now() - started < 5000);
});
