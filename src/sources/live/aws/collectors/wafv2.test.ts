import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { WebAclAssociation } from '../../../../model/aws/index.js';
import type { RunningSimcloud } from '../../../../simcloud/testing.js';
import type { CollectorTestResult } from '../testing.js';
import collector from './wafv2.js';
import { REGION, known, ofType, run, startSimcloud, worldOf } from './edge/test-world.js';
import { WAF_LB_ARN, wafv2Section } from './edge/planted.js';

describe('wafv2 collector against simcloud', () => {
  let sim: RunningSimcloud;
  // One scan of the main region, shared by the tests that only read it.
  let main: Promise<CollectorTestResult>;
  before(async () => {
    // 2 planted + 100 filler ACLs: ListWebACLs (100 a page) needs two pages.
    const filler = Array.from({ length: 100 }, (_, i) => ({ Name: `filler-${i}`, ResourceArns: [`arn:aws:elasticloadbalancing:${REGION}:444455556666:loadbalancer/app/f${i}/1`] }));
    const section = wafv2Section() as { WebACLs: unknown[] };
    sim = await startSimcloud(worldOf({ [REGION]: { wafv2: { WebACLs: [...section.WebACLs, ...filler] } }, 'eu-central-1': { wafv2: wafv2Section() } }, ['wafv2:ListResourcesForWebACL']));
    main = run(sim, collector);
  });
  after(() => sim.close());

  it('emits one association per protected resource across every page of web ACLs', async () => {
    const { resources, gaps, calls } = await main;
    assert.deepEqual(gaps, []);
    assert.equal(calls.filter((c) => c === 'wafv2:ListWebACLs').length, 2);
    const assoc = ofType<WebAclAssociation>(resources, 'aws.wafv2.web-acl-association');
    assert.equal(assoc.length, 102);
    const lb = assoc.find((a) => known(a.properties.resourceId) === WAF_LB_ARN);
    assert.ok(lb, 'the ALB association');
    assert.match(known(lb.properties.webAclId), /^arn:aws:wafv2:eu-west-1:444455556666:regional\/webacl\/shop-acl\//);
    assert.deepEqual(lb.properties.resourceId.source, { kind: 'api', call: 'wafv2:ListResourcesForWebACL', region: REGION, account: '444455556666' });
    assert.ok(assoc.some((a) => known(a.properties.resourceId).startsWith('arn:aws:apigateway:')), 'the API stage association');
  });

  it('AccessDenied on the associations emits unresolved associations, so unprotected-looking ALBs read unknown', async () => {
    const { resources, gaps } = await run(sim, collector, 'eu-central-1', true);
    assert.ok(gaps.length > 0 && gaps.every((g) => g.reason === 'AccessDenied' && g.call === 'wafv2:ListResourcesForWebACL'));
    const assoc = ofType<WebAclAssociation>(resources, 'aws.wafv2.web-acl-association');
    assert.ok(assoc.length > 0);
    assert.ok(assoc.every((a) => a.properties.resourceId.kind === 'unresolvable'));
  });
});
