/**
 * An instance in a CloudFormation template runs as the role its instance profile carries, joined through the
 * profile the role lists, not through a guess from names: here the profile is named unlike the role, and a
 * decoy role carries the profile's name.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildGraph, type ScanGraph } from '../graph/build.js';
import { scanIac } from '../sources/iac/index.js';

const TEMPLATE = `AWSTemplateFormatVersion: "2010-09-09"
Resources:
  WorkerRole:
    Type: AWS::IAM::Role
    Properties:
      RoleName: worker
      AssumeRolePolicyDocument:
        Statement: [{Effect: Allow, Principal: {Service: ec2.amazonaws.com}, Action: "sts:AssumeRole"}]
  Decoy:
    Type: AWS::IAM::Role
    Properties:
      RoleName: ops-profile
      AssumeRolePolicyDocument:
        Statement: [{Effect: Allow, Principal: {Service: ec2.amazonaws.com}, Action: "sts:AssumeRole"}]
  OpsProfile:
    Type: AWS::IAM::InstanceProfile
    Properties:
      InstanceProfileName: ops-profile
      Roles: [!Ref WorkerRole]
  Host:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-12345678
      IamInstanceProfile: !Ref OpsProfile
`;

describe('instance profiles in CloudFormation', () => {
  let dir: string;
  let g: ScanGraph;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cw-cfn-profiles-'));
    writeFileSync(join(dir, 'stack.yaml'), TEMPLATE);
    const scanned = await scanIac([dir], {});
    assert.deepEqual([...scanned.errors, ...scanned.results.flatMap((r) => r.errors)], []);
    g = buildGraph(scanned.results.flatMap((r) => r.resources), { account: '123456789012' });
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('joins the instance to the role that lists the profile, and says so', () => {
    const runsAs = [];
    for (let e = 0; e < g.graph.edgeCount; e++) {
      if (g.graph.edgeKind(e) !== 'runs-as') continue;
      const edge = g.graph.edge(e);
      runsAs.push({ from: g.resourceOf(edge.from)?.name, to: g.resourceOf(edge.to)?.name, steps: edge.explanation?.steps });
    }
    assert.equal(runsAs.length, 1, JSON.stringify(runsAs));
    assert.equal(runsAs[0]!.to, 'worker', 'not the decoy role named like the profile');
    assert.match(runsAs[0]!.steps?.[0] ?? '', /^the role lists instance profile /);
  });
});
