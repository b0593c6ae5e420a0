/**
 * Deterministic fuzzing: seeded random mutations of valid templates (text edits and intrinsic-function
 * swaps). Scanning must never throw, and every error and every provenance must point inside the file.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Provenance } from '../../../model/core/index.js';
import { scanTemplateText } from './index.js';

/** mulberry32: a small seeded PRNG, so a failure reproduces from its seed. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SEEDS = [
  `AWSTemplateFormatVersion: "2010-09-09"
Parameters:
  Env: {Type: String, Default: prod}
  Cidrs: {Type: CommaDelimitedList}
Mappings:
  M: {prod: {Size: 10}}
Conditions:
  Prod: !Equals [!Ref Env, prod]
  NotProd: !Not [!Condition Prod]
Resources:
  Bucket:
    Type: AWS::S3::Bucket
    Condition: Prod
    Properties:
      BucketName: !Sub "\${Env}-\${AWS::AccountId}-data"
      VersioningConfiguration: !If [Prod, {Status: Enabled}, !Ref AWS::NoValue]
      PublicAccessBlockConfiguration: {BlockPublicAcls: true, IgnorePublicAcls: true}
  Policy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref Bucket
      PolicyDocument:
        Statement:
          - {Effect: Allow, Principal: "*", Action: "s3:GetObject", Resource: !Join ["", [!GetAtt Bucket.Arn, "/*"]]}
  Sg:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: web
      SecurityGroupIngress:
        - {IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: !Select [0, !Ref Cidrs]}
  Vol:
    Type: AWS::EC2::Volume
    Properties: {Size: !FindInMap [M, !Ref Env, Size], AvailabilityZone: !Select [0, !GetAZs ""]}
`,
  `{
  "Resources": {
    "Role": {
      "Type": "AWS::IAM::Role",
      "Properties": {
        "AssumeRolePolicyDocument": {"Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]},
        "Policies": [{"PolicyName": "p", "PolicyDocument": {"Statement": [{"Effect": "Allow", "Action": "*", "Resource": {"Fn::Sub": "arn:\${AWS::Partition}:s3:::x"}}]}}]
      }
    },
    "Fn": {
      "Type": "AWS::Lambda::Function",
      "Properties": {"Role": {"Fn::GetAtt": ["Role", "Arn"]}, "Runtime": "python3.12", "Environment": {"Variables": {"A": {"Ref": "Role"}}}}
    },
    "Perm": {"Type": "AWS::Lambda::Permission", "Properties": {"FunctionName": {"Ref": "Fn"}, "Principal": "*", "Action": "lambda:InvokeFunction"}},
    "Trail": {"Type": "AWS::CloudTrail::Trail", "Properties": {"IsLogging": true, "S3BucketName": "b", "EventSelectors": [{"DataResources": [{"Type": "AWS::S3::Object"}]}]}}
  }
}
`,
];

const NOISE = ['{', '}', '[', ']', ':', ',', '!', '-', '"', "'", ' ', '\n', '\t', '&a', '*a', '|', '>', '%', '@', '`', '#', '!Ref', '!Sub', '!If [X, a]', '${', '!GetAtt .', '!Select [9, []]', '\\', '\u0000', 'AWS::NoValue'];
const FUNCS = ['!Ref Env', '!Ref Nope', '!Ref AWS::NoValue', '!GetAtt Bucket.Arn', '!Sub "${Nope.X}"', '!If [Prod, [], {}]', '!If [Loop, 1, 2]', '!Select [1, !Split [",", "a"]]', '!FindInMap [M, x, y]', '!Cidr [1.2.3.4/33, 2, 8]', '!Join ["", !Ref Cidrs]', '!Base64 !Ref Role', '!Equals [a]', '!And []', '{"Fn::Unknown": 1}', '{Ref: [1]}', 'null', '[[[[]]]]'];

function mutate(text: string, r: () => number): string {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const at = Math.floor(r() * (text.length + 1));
  const lines = text.split('\n');
  const li = Math.floor(r() * lines.length);
  switch (Math.floor(r() * 12)) {
    case 0:
      return text.slice(0, at) + text.slice(at + 1 + Math.floor(r() * 5));
    case 1:
      return text.slice(0, at) + pick(NOISE) + text.slice(at);
    case 2:
      return text.slice(0, at);
    case 3:
      lines.splice(li, 0, lines[li] ?? '');
      return lines.join('\n');
    case 4:
      lines.splice(li, 1);
      return lines.join('\n');
    case 5:
      lines[li] = (r() < 0.5 ? ' ' : '') + (lines[li] ?? '').replace(/^ {2}/, r() < 0.5 ? '' : '    ');
      return lines.join('\n');
    default: {
      // Swap a scalar value after ": " for an intrinsic function, valid or not.
      const m = /: ([^\n{}[\],]+)/g;
      const hits = [...text.matchAll(m)];
      if (hits.length === 0) return text;
      const h = pick(hits);
      return text.slice(0, h.index! + 2) + pick(FUNCS) + text.slice(h.index! + h[0].length);
    }
  }
}

function inFile(p: Provenance, lineCount: number, where: string): void {
  if (p.kind !== 'iac') return;
  assert.ok(p.startLine >= 1 && p.endLine >= p.startLine && p.endLine <= lineCount, `${where}: ${p.startLine}-${p.endLine} outside 1-${lineCount}`);
}

/** Every provenance in a resource tree. */
function* provenances(v: unknown, depth = 0): Generator<Provenance> {
  if (v === null || typeof v !== 'object' || depth > 12) return;
  const o = v as Record<string, unknown>;
  if (typeof o['kind'] === 'string' && (o['kind'] === 'iac' || o['kind'] === 'none') && 'startLine' in o) yield o as unknown as Provenance;
  for (const x of Object.values(o)) yield* provenances(x, depth + 1);
}

test('seeded mutations never throw, and errors and provenance stay inside the file', () => {
  let failures = 0, resources = 0;
  for (let seed = 1; seed <= 1200; seed++) {
    const r = rng(seed);
    let text = SEEDS[seed % SEEDS.length]!;
    const rounds = 1 + Math.floor(r() * 4);
    for (let i = 0; i < rounds; i++) text = mutate(text, r);
    const lineCount = text.split('\n').length;
    let out: ReturnType<typeof scanTemplateText>;
    try {
      out = scanTemplateText('f.yaml', text, seed % 3 === 0 ? { parameters: { Env: 'dev' }, region: 'eu-west-1' } : {});
    } catch (e) {
      assert.fail(`seed ${seed} threw ${(e as Error).stack}\n---\n${text}`);
    }
    if (!out.ok) failures++;
    for (const e of out.errors) {
      assert.equal(e.file, 'f.yaml');
      assert.ok(Number.isInteger(e.line) && e.line >= 1 && e.line <= lineCount, `seed ${seed}: line ${e.line} of ${lineCount}: ${e.message}`);
      assert.ok(Number.isInteger(e.column) && e.column >= 1, `seed ${seed}: column ${e.column}`);
      assert.ok(e.message.length > 0);
      // An adapter that throws is a bug even though the scan survives it.
      assert.ok(!e.message.startsWith('cannot adapt'), `seed ${seed}: ${e.message}\n---\n${text}`);
    }
    for (const res of out.resources) {
      resources++;
      for (const p of provenances(res)) inFile(p, lineCount, `seed ${seed} ${res.uid}`);
    }
  }
  // The mutations must exercise both paths: some files break, some still adapt.
  if (process.env['FUZZ_STATS']) console.log({ failures, resources });
  assert.ok(failures > 100, `only ${failures} mutated files failed to parse`);
  assert.ok(resources > 500, `only ${resources} resources adapted`);
});
