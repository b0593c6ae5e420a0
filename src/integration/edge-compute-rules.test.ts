/**
 * Live discovery → rules, end to end for the edge and compute services: the planted world is served by
 * simcloud, scanned by the real collectors through the SDK, and the existing ELBv2, Lambda, EKS and ECR rules
 * must judge every planted misconfiguration `fail` and its compliant twin `pass`, never `unknown`. A denied
 * call must turn the verdicts it feeds into `unknown`, not into a pass or a fail.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Resource } from '../model/core/index.js';
import { Inventory } from '../engine/inventory.js';
import { allRules } from '../engine/registry.js';
import { runRules } from '../engine/runner.js';
import type { Finding } from '../findings/finding.js';
import type { CollectorDefinition, CoverageGap } from '../sources/live/aws/collector.js';
import type { RunningSimcloud } from '../simcloud/testing.js';
import apigateway from '../sources/live/aws/collectors/apigateway.js';
import ecr from '../sources/live/aws/collectors/ecr.js';
import eks from '../sources/live/aws/collectors/eks.js';
import elbv2 from '../sources/live/aws/collectors/elbv2.js';
import lambda from '../sources/live/aws/collectors/lambda.js';
import shield from '../sources/live/aws/collectors/shield.js';
import wafv2 from '../sources/live/aws/collectors/wafv2.js';
import { REGION, run, startSimcloud, worldOf } from '../sources/live/aws/collectors/edge/test-world.js';
import * as planted from '../sources/live/aws/collectors/edge/planted.js';

const SERVICES = new Set(['elbv2', 'lambda', 'eks', 'ecr']);
const COLLECTORS: readonly CollectorDefinition[] = [elbv2, wafv2, lambda, eks, ecr, apigateway, shield];

async function scan(sim: RunningSimcloud, restricted: boolean): Promise<{ findings: Finding[]; gaps: CoverageGap[]; resources: Resource[] }> {
  const resources: Resource[] = [];
  const gaps: CoverageGap[] = [];
  for (const c of COLLECTORS) {
    const r = await run(sim, c, c.scope === 'global' ? 'us-east-1' : REGION, restricted);
    resources.push(...r.resources);
    gaps.push(...r.gaps);
  }
  const rules = allRules().filter((r) => SERVICES.has(r.service));
  return { findings: runRules(new Inventory(resources), rules, { now: new Date('2026-06-01T00:00:00Z') }), gaps, resources };
}

/** `ruleId name` → status (several outcomes of one rule on one resource joined). */
function verdicts(findings: readonly Finding[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of findings) {
    const k = `${f.ruleId} ${f.resource.name}`;
    const prev = out.get(k);
    out.set(k, prev === undefined || prev === f.status ? f.status : `${prev},${f.status}`);
  }
  return out;
}

const EXPECTED: readonly [string, string, 'pass' | 'fail'][] = [
  ['aws-elbv2-alb-waf', planted.PUBLIC_LB, 'fail'],
  ['aws-elbv2-alb-waf', planted.WAF_LB, 'pass'],
  ['aws-elbv2-access-logs', planted.PUBLIC_LB, 'fail'],
  ['aws-elbv2-access-logs', planted.WAF_LB, 'pass'],
  ['aws-elbv2-deletion-protection', planted.PUBLIC_LB, 'fail'],
  ['aws-elbv2-deletion-protection', planted.WAF_LB, 'pass'],
  ['aws-elbv2-alb-drop-invalid-headers', planted.PUBLIC_LB, 'fail'],
  ['aws-elbv2-alb-drop-invalid-headers', planted.WAF_LB, 'pass'],
  ['aws-elbv2-listener-https', `${planted.PUBLIC_LB}:HTTP:80`, 'fail'],
  ['aws-elbv2-listener-https', `${planted.WAF_LB}:HTTP:80`, 'pass'],
  ['aws-elbv2-listener-tls-policy', `${planted.PUBLIC_LB}:HTTPS:443`, 'fail'],
  ['aws-elbv2-listener-tls-policy', `${planted.WAF_LB}:HTTPS:443`, 'pass'],
  ['aws-lambda-function-public-policy', 'public-fn', 'fail'],
  ['aws-lambda-function-public-policy', 'private-fn', 'pass'],
  ['aws-lambda-function-env-secrets', 'public-fn', 'fail'],
  ['aws-lambda-function-env-secrets', 'private-fn', 'pass'],
  ['aws-lambda-function-deprecated-runtime', 'public-fn', 'fail'],
  ['aws-lambda-function-deprecated-runtime', 'private-fn', 'pass'],
  ['aws-lambda-function-tracing', 'public-fn', 'fail'],
  ['aws-lambda-function-tracing', 'private-fn', 'pass'],
  ['aws-eks-cluster-public-endpoint', 'open-cluster', 'fail'],
  ['aws-eks-cluster-public-endpoint', 'locked-cluster', 'pass'],
  ['aws-eks-cluster-logging', 'open-cluster', 'fail'],
  ['aws-eks-cluster-logging', 'locked-cluster', 'pass'],
  ['aws-eks-cluster-secrets-encryption', 'open-cluster', 'fail'],
  ['aws-eks-cluster-secrets-encryption', 'locked-cluster', 'pass'],
  ['aws-ecr-repository-scan-on-push', 'open-repo', 'fail'],
  ['aws-ecr-repository-scan-on-push', 'good-repo', 'pass'],
  ['aws-ecr-repository-immutable-tags', 'open-repo', 'fail'],
  ['aws-ecr-repository-immutable-tags', 'good-repo', 'pass'],
  ['aws-ecr-repository-kms', 'open-repo', 'fail'],
  ['aws-ecr-repository-kms', 'good-repo', 'pass'],
  ['aws-ecr-repository-public-policy', 'open-repo', 'fail'],
  ['aws-ecr-repository-public-policy', 'good-repo', 'pass'],
];

describe('edge and compute: live scan of simcloud → rules', () => {
  let sim: RunningSimcloud;
  before(async () => {
    const section = { elasticloadbalancing: planted.elbv2Section(), wafv2: planted.wafv2Section(), lambda: planted.lambdaSection(), eks: planted.eksSection(), ecr: planted.ecrSection(), apigateway: planted.apigatewaySection() };
    sim = await startSimcloud(worldOf({ [REGION]: section }, ['wafv2:ListResourcesForWebACL', 'lambda:GetPolicy', 'eks:DescribeCluster']));
  });
  after(() => sim.close());

  it('every planted misconfiguration fails, every compliant twin passes, nothing is unknown', async () => {
    const { findings, gaps } = await scan(sim, false);
    assert.deepEqual(gaps, []);
    const v = verdicts(findings);
    for (const [rule, name, status] of EXPECTED) assert.equal(v.get(`${rule} ${name}`), status, `${rule} on ${name}`);
    assert.deepEqual(findings.filter((f) => f.status === 'unknown').map((f) => `${f.ruleId} ${f.resource.name}`), []);
    // The function URL rule judges the URL resources.
    const urls = findings.filter((f) => f.ruleId === 'aws-lambda-function-url-no-auth').map((f) => f.status).sort();
    assert.deepEqual(urls, ['fail', 'pass']);
    // The internal load balancer is outside the WAF rule.
    assert.equal(v.get(`aws-elbv2-alb-waf ${planted.INTERNAL_LB}`), undefined);
    // Evidence names the API call.
    const waf = findings.find((f) => f.ruleId === 'aws-elbv2-access-logs' && f.resource.name === planted.PUBLIC_LB);
    assert.deepEqual(waf?.source, { kind: 'api', call: 'elasticloadbalancing:DescribeLoadBalancerAttributes', region: REGION, account: '444455556666' });
  });

  it('denied calls turn the verdicts they feed into unknown, never pass or fail', async () => {
    const { findings, gaps } = await scan(sim, true);
    assert.deepEqual(new Set(gaps.map((g) => g.call)), new Set(['wafv2:ListResourcesForWebACL', 'lambda:GetPolicy', 'eks:DescribeCluster']));
    const v = verdicts(findings);
    assert.equal(v.get(`aws-elbv2-alb-waf ${planted.PUBLIC_LB}`), 'unknown');
    assert.equal(v.get('aws-lambda-function-public-policy public-fn'), 'unknown');
    assert.equal(v.get('aws-eks-cluster-public-endpoint open-cluster'), 'unknown');
    assert.equal(v.get('aws-eks-cluster-secrets-encryption locked-cluster'), 'unknown');
    // Verdicts fed by calls that succeeded are unchanged.
    assert.equal(v.get('aws-lambda-function-env-secrets public-fn'), 'fail');
    assert.equal(v.get(`aws-elbv2-access-logs ${planted.PUBLIC_LB}`), 'fail');
  });
});
