import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseTemplate } from './parse.js';
import { readTemplate, type Template } from './template.js';
import { NO_VALUE, Resolver, type ResolveOptions } from './resolve.js';
import { child, type CfnNode } from './node.js';

function load(text: string): Template {
  const p = parseTemplate('t.yaml', text);
  if (!p.ok) throw new Error(p.errors[0]!.message);
  const t = readTemplate('t.yaml', p.root).template;
  if (!t) throw new Error('no template');
  return t;
}

/** Resolves the Properties of resource R and returns them as plain JSON (unknowns as {unknown, ref?, placeholder?}). */
function props(text: string, opts: ResolveOptions = {}): Record<string, unknown> {
  const t = load(text);
  const r = new Resolver(t, opts).resolve(t.resources[0]!.properties!);
  assert.notEqual(r, NO_VALUE);
  return plain(r as CfnNode) as Record<string, unknown>;
}

function plain(n: CfnNode): unknown {
  if (n.t === 'scalar') return n.value;
  if (n.t === 'list') return n.items.map(plain);
  if (n.t === 'map') return Object.fromEntries([...n.entries].map(([k, v]) => [k, plain(v)]));
  return { unknown: n.reason, ...(n.ref ? { ref: n.ref } : {}), ...(n.placeholder !== undefined ? { placeholder: n.placeholder } : {}) };
}

const withParams = (body: string) => `Parameters:
  Env: {Type: String, Default: prod}
  Name: {Type: String}
  Cidrs: {Type: CommaDelimitedList, Default: "10.0.0.0/8, 192.168.0.0/16"}
Mappings:
  Sizes:
    prod: {Instance: m5.large}
    dev: {Instance: t3.micro}
Conditions:
  IsProd: !Equals [!Ref Env, prod]
  IsDev: !Not [!Condition IsProd]
  Both: !And [!Condition IsProd, !Equals [a, a]]
  Either: !Or [!Condition IsDev, !Equals [!Ref Name, x]]
  Unknown: !Equals [!Ref Name, x]
Resources:
  R:
    Type: AWS::S3::Bucket
    Properties:
${body}
  Other:
    Type: AWS::SNS::Topic
`;

test('parameters: Default, overridden by options; no value is unresolvable; lists split', () => {
  const text = withParams('      A: !Ref Env\n      B: !Ref Name\n      C: !Ref Cidrs');
  assert.deepEqual(props(text), { A: 'prod', B: { unknown: 'parameter Name has no value' }, C: ['10.0.0.0/8', '192.168.0.0/16'] });
  assert.deepEqual(props(text, { parameters: { Env: 'dev', Name: 'n' } }).A, 'dev');
  assert.deepEqual(props(text, { parameters: { Name: 'n' } }).B, 'n');
});

test('pseudo parameters', () => {
  const text = withParams('      P: !Ref AWS::Partition\n      R: !Ref AWS::Region\n      A: !Ref AWS::AccountId\n      S: !Ref AWS::StackName\n      U: !Ref AWS::URLSuffix');
  const none = props(text);
  assert.equal(none.P, 'aws');
  assert.equal(none.U, 'amazonaws.com');
  assert.deepEqual(none.R, { unknown: 'AWS::Region is known only at deploy (no region given)', placeholder: '${AWS::Region}' });
  assert.equal((none.S as { placeholder: string }).placeholder, '${AWS::StackName}');
  const given = props(text, { region: 'eu-west-1', accountId: '111122223333' });
  assert.equal(given.R, 'eu-west-1');
  assert.equal(given.A, '111122223333');
});

test('Ref and Fn::GetAtt to a resource are references known after deploy', () => {
  const p = props(withParams('      A: !Ref Other\n      B: !GetAtt Other.TopicName\n      C: !GetAtt [Other, TopicArn]\n      D: !Ref Missing\n      E: !GetAtt Missing.Arn'));
  assert.deepEqual(p.A, { unknown: 'Ref Other is known only after deploy', ref: { logicalId: 'Other' }, placeholder: '${Other}' });
  assert.deepEqual(p.B, { unknown: 'Fn::GetAtt Other.TopicName is known only after deploy', ref: { logicalId: 'Other', attribute: 'TopicName' }, placeholder: '${Other.TopicName}' });
  assert.deepEqual((p.C as { ref: unknown }).ref, { logicalId: 'Other', attribute: 'TopicArn' });
  assert.match((p.D as { unknown: string }).unknown, /no parameter or resource/);
  assert.match((p.E as { unknown: string }).unknown, /no resource has this logical id/);
  assert.equal((p.D as { placeholder?: string }).placeholder, undefined);
});

test('conditions: Equals, Not, And, Or, Condition; unknown stays unknown', () => {
  const t = load(withParams('      A: 1'));
  const r = new Resolver(t);
  assert.equal(r.condition('IsProd'), true);
  assert.equal(r.condition('IsDev'), false);
  assert.equal(r.condition('Both'), true);
  assert.deepEqual(typeof r.condition('Unknown'), 'object');
  assert.match((r.condition('Either') as { unknown: string }).unknown, /parameter Name has no value/);
  assert.equal(new Resolver(t, { parameters: { Name: 'x' } }).condition('Either'), true);
  assert.equal(new Resolver(t, { parameters: { Env: 'dev' } }).condition('Either'), true);
  assert.deepEqual(typeof r.condition('Nope'), 'object');
});

test('Or is true when one side is true even if the other is unknown; And false likewise', () => {
  const t = load(`Parameters: {N: {Type: String}, E: {Type: String, Default: a}}
Conditions:
  U: !Equals [!Ref N, x]
  T: !Equals [!Ref E, a]
  OrT: !Or [!Condition U, !Condition T]
  AndF: !And [!Condition U, !Not [!Condition T]]
  Loop: !Condition Loop
Resources: {R: {Type: AWS::SNS::Topic}}
`);
  const r = new Resolver(t);
  assert.equal(r.condition('OrT'), true);
  assert.equal(r.condition('AndF'), false);
  assert.match((r.condition('Loop') as { unknown: string }).unknown, /refers to itself/);
});

test('Fn::If with AWS::NoValue removes the property or list item; an unknown condition yields unresolvable', () => {
  const p = props(withParams(`      A: !If [IsProd, on, off]
      B: !If [IsDev, x, !Ref AWS::NoValue]
      C: [a, !If [IsDev, b, !Ref AWS::NoValue], c]
      D: !If [Unknown, x, y]
      E: !Ref AWS::NoValue`));
  assert.equal(p.A, 'on');
  assert.ok(!('B' in p));
  assert.ok(!('E' in p));
  assert.deepEqual(p.C, ['a', 'c']);
  assert.match((p.D as { unknown: string }).unknown, /^Fn::If: condition Unknown is unresolvable: parameter Name has no value/);
});

test('Fn::Sub: parameters, resource attributes, literals, the variable map; unknown parts keep a placeholder', () => {
  const p = props(withParams(`      A: !Sub "\${Env}-\${AWS::Partition}-\${!Literal}"
      B: !Sub ["\${X}-\${Env}", {X: abc}]
      C: !Sub "arn:aws:iam::\${AWS::AccountId}:root"
      D: !Sub "\${Other.TopicArn}"
      E: !Sub "\${Name}-x"`));
  assert.equal(p.A, 'prod-aws-${Literal}');
  assert.equal(p.B, 'abc-prod');
  assert.deepEqual(p.C, { unknown: 'AWS::AccountId is known only at deploy (no account given)', placeholder: 'arn:aws:iam::${AWS::AccountId}:root' });
  assert.deepEqual((p.D as { ref: unknown }).ref, { logicalId: 'Other', attribute: 'TopicArn' });
  assert.equal((p.E as { placeholder?: string }).placeholder, undefined);
  assert.equal(props(withParams('      C: !Sub "arn:aws:iam::${AWS::AccountId}:root"'), { accountId: '123456789012' }).C, 'arn:aws:iam::123456789012:root');
});

test('Fn::FindInMap, Fn::Join, Fn::Select, Fn::Split, Fn::Base64, Fn::GetAZs, Fn::Cidr, Fn::ImportValue', () => {
  const p = props(withParams(`      M: !FindInMap [Sizes, !Ref Env, Instance]
      MissingKey: !FindInMap [Sizes, nope, Instance]
      J: !Join ["-", [a, !Ref Env, b]]
      JU: !Join ["", ["arn:aws:s3:::", !Ref Other, "/*"]]
      S: !Select [1, !Split [",", "x,y,z"]]
      SO: !Select [5, [a]]
      B: !Base64 "hello"
      Z: !Select [0, !GetAZs ""]
      C: !Cidr ["10.0.0.0/16", 3, 8]
      I: !ImportValue shared-vpc`));
  assert.equal(p.M, 'm5.large');
  assert.match((p.MissingKey as { unknown: string }).unknown, /not found/);
  assert.equal(p.J, 'a-prod-b');
  assert.equal((p.JU as { placeholder: string }).placeholder, 'arn:aws:s3:::${Other}/*');
  assert.equal(p.S, 'y');
  assert.match((p.SO as { unknown: string }).unknown, /out of range/);
  assert.equal(p.B, Buffer.from('hello').toString('base64'));
  assert.match((p.Z as { unknown: string }).unknown, /Fn::GetAZs/);
  assert.deepEqual(p.C, ['10.0.0.0/24', '10.0.1.0/24', '10.0.2.0/24']);
  assert.match((p.I as { unknown: string }).unknown, /another stack/);
  assert.equal(props(withParams('      M: !FindInMap [Sizes, !Ref Env, Instance]'), { parameters: { Env: 'dev' } }).M, 't3.micro');
});

test('a resolved value keeps the range of the property that used it', () => {
  const t = load(withParams('      A: !FindInMap [Sizes, !Ref Env, Instance]'));
  const r = new Resolver(t).resolve(t.resources[0]!.properties!) as CfnNode;
  assert.equal(child(r, 'A')!.range.startLine, 19);
});

test('Fn::Transform and Fn::ImportValue are unknown; Fn::ToJsonString and Fn::Length compute', () => {
  const p = props(withParams(`      T: !Transform {Name: AWS::Include, Parameters: {Location: s3://x}}
      J: {"Fn::ToJsonString": {a: [1, !Ref Env]}}
      L: {"Fn::Length": [a, b, c]}
      Bad: {"Fn::Nope": 1}`));
  assert.match((p.T as { unknown: string }).unknown, /macro/);
  assert.equal(p.J, '{"a":[1,"prod"]}');
  assert.equal(p.L, 3);
  assert.match((p.Bad as { unknown: string }).unknown, /not supported/);
});

test('SSM parameter types and dynamic references are known only at deploy', async () => {
  const text = `Parameters:
  Ami: {Type: "AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>", Default: /aws/service/ami}
Resources:
  R:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: !Ref Ami
      Monitoring: "{{resolve:ssm:monitoring}}"
`;
  assert.match((props(text).ImageId as { unknown: string }).unknown, /SSM Parameter Store/);
  const { scan, pick } = await import('./test-support.js');
  const i = pick(scan(text).resources, 'R', 'aws.ec2.instance').properties;
  assert.equal(i.imageId.kind, 'unresolvable');
  assert.match(i.detailedMonitoring.reason ?? '', /dynamic reference/);
});
