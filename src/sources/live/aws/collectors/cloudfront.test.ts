import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { CloudFrontDistribution } from '../../../../model/aws/index.js';
import type { RunningSimcloud } from '../../../../simcloud/testing.js';
import collector from './cloudfront.js';
import { ACCOUNT, known, named, ofType, run, startSimcloud, worldOf } from './edge/test-world.js';

const SITE = {
  Id: 'E1SITEEXAMPLE01',
  Tags: [{ Key: 'env', Value: 'prod' }],
  DistributionConfig: {
    CallerReference: 'site',
    Comment: 'marketing site',
    DefaultRootObject: 'index.html',
    Origins: {
      Items: [
        { Id: 'assets', DomainName: 'assets.s3.eu-west-1.amazonaws.com', S3OriginConfig: { OriginAccessIdentity: '' }, OriginAccessControlId: 'E2OACEXAMPLE' },
        { Id: 'api', DomainName: 'api.example.com', CustomOriginConfig: { HTTPPort: 80, HTTPSPort: 443, OriginProtocolPolicy: 'https-only', OriginSslProtocols: { Items: ['TLSv1.2'] } } },
      ],
    },
    DefaultCacheBehavior: { TargetOriginId: 'assets', ViewerProtocolPolicy: 'redirect-to-https' },
    CacheBehaviors: { Items: [{ PathPattern: '/api/*', TargetOriginId: 'api', ViewerProtocolPolicy: 'https-only' }] },
    Logging: { Enabled: true, IncludeCookies: false, Bucket: 'logs.s3.amazonaws.com', Prefix: 'cf/' },
    ViewerCertificate: { ACMCertificateArn: 'arn:aws:acm:us-east-1:444455556666:certificate/abc', SSLSupportMethod: 'sni-only', MinimumProtocolVersion: 'TLSv1.2_2021' },
    WebACLId: 'arn:aws:wafv2:us-east-1:444455556666:global/webacl/site/1234',
    Enabled: true,
  },
};

/** Everything left to the defaults: HTTP allowed, default certificate, no logging, legacy OAI-less S3 origin. */
const BARE = {
  Id: 'E2BAREEXAMPLE02',
  DistributionConfig: { Origins: { Items: [{ Id: 'files', DomainName: 'files.s3.amazonaws.com', S3OriginConfig: { OriginAccessIdentity: 'origin-access-identity/cloudfront/E3OAI' } }] } },
};

const fillers = Array.from({ length: 100 }, (_, i) => ({ DistributionConfig: { CallerReference: `filler-${i}`, Enabled: false } }));

describe('cloudfront collector against simcloud', () => {
  let sim: RunningSimcloud;
  before(async () => {
    sim = await startSimcloud(worldOf({}, ['cloudfront:GetDistributionConfig'], { cloudfront: { Distributions: [SITE, BARE, ...fillers] } }));
  });
  after(() => sim.close());

  it('lists every page and reads each configuration into the model', async () => {
    const { resources, gaps, calls } = await run(sim, collector, 'us-east-1');
    assert.deepEqual(gaps, []);
    assert.equal(calls.filter((c) => c === 'cloudfront:ListDistributions').length, 2, 'two pages of 100');
    assert.equal(ofType(resources, 'aws.cloudfront.distribution').length, 102);
    const site = named<CloudFrontDistribution>(resources, 'E1SITEEXAMPLE01');
    assert.equal(site.uid, `arn:aws:cloudfront::${ACCOUNT}:distribution/E1SITEEXAMPLE01`);
    assert.equal(site.region, undefined, 'global');
    assert.deepEqual(known(site.tags), { env: 'prod' });
    const p = site.properties;
    assert.equal(known(p.enabled), true);
    assert.deepEqual(known(p.viewerProtocolPolicies), ['redirect-to-https', 'https-only']);
    assert.equal(known(p.defaultCertificate), false);
    assert.equal(known(p.minimumProtocolVersion), 'TLSv1.2_2021');
    assert.equal(known(p.loggingEnabled), true);
    assert.equal(known(p.defaultRootObject), 'index.html');
    assert.equal(known(p.webAclId), 'arn:aws:wafv2:us-east-1:444455556666:global/webacl/site/1234');
    assert.deepEqual(known(p.origins), [
      { id: 'assets', domainName: 'assets.s3.eu-west-1.amazonaws.com', s3: true, originAccessControlId: 'E2OACEXAMPLE', originAccessIdentity: null, originProtocolPolicy: null, originSslProtocols: [] },
      { id: 'api', domainName: 'api.example.com', s3: false, originAccessControlId: null, originAccessIdentity: null, originProtocolPolicy: 'https-only', originSslProtocols: ['TLSv1.2'] },
    ]);
    assert.deepEqual(p.loggingEnabled.source, { kind: 'api', call: 'cloudfront:GetDistributionConfig', region: 'us-east-1', account: ACCOUNT });
  });

  it('reads the defaults AWS gives an unconfigured distribution as known values', async () => {
    const { resources } = await run(sim, collector, 'us-east-1');
    const p = named<CloudFrontDistribution>(resources, 'E2BAREEXAMPLE02').properties;
    assert.deepEqual(known(p.viewerProtocolPolicies), ['allow-all']);
    assert.equal(known(p.defaultCertificate), true);
    assert.equal(known(p.minimumProtocolVersion), 'TLSv1');
    assert.equal(known(p.loggingEnabled), false);
    assert.equal(known(p.defaultRootObject), null);
    assert.equal(known(p.webAclId), null);
    assert.equal(known(p.origins)[0]?.originAccessIdentity, 'origin-access-identity/cloudfront/E3OAI');
    assert.equal(known(p.origins)[0]?.originAccessControlId, null);
  });

  it('AccessDenied on GetDistributionConfig leaves logging and the root object unknown, the rest from the listing', async () => {
    const { resources, gaps } = await run(sim, collector, 'us-east-1', true);
    assert.equal(gaps.length, 102);
    assert.ok(gaps.every((g) => g.reason === 'AccessDenied' && g.call === 'cloudfront:GetDistributionConfig'));
    const p = named<CloudFrontDistribution>(resources, 'E1SITEEXAMPLE01').properties;
    assert.equal(p.loggingEnabled.kind, 'unresolvable');
    assert.match(p.defaultRootObject.reason ?? '', /AccessDenied/);
    assert.equal(known(p.webAclId), 'arn:aws:wafv2:us-east-1:444455556666:global/webacl/site/1234');
    assert.deepEqual(p.webAclId.source, { kind: 'api', call: 'cloudfront:ListDistributions', region: 'us-east-1', account: ACCOUNT });
    assert.equal(known(p.origins).length, 2);
  });
});
