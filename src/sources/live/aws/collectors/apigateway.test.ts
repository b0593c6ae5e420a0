import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { ApiGatewayDomainName, ApiGatewayHttpApi, ApiGatewayRestApi } from '../../../../model/aws/index.js';
import type { RunningSimcloud } from '../../../../simcloud/testing.js';
import type { CollectorTestResult } from '../testing.js';
import collector from './apigateway.js';
import { ACCOUNT, REGION, known, named, ofType, run, startSimcloud, worldOf } from './edge/test-world.js';
import { apigatewaySection } from './edge/planted.js';

describe('apigateway collector against simcloud', () => {
  let sim: RunningSimcloud;
  // One scan of the main region, shared by the tests that only read it.
  let main: Promise<CollectorTestResult>;
  before(async () => {
    // 1 planted + 100 filler REST APIs (100 a page); 2 + 100 HTTP APIs: both listings page.
    const section = apigatewaySection(100) as { restApis: unknown[]; apis: unknown[] };
    const apis = [...section.apis, ...Array.from({ length: 100 }, (_, i) => ({ apiId: `hf${i}`, name: `http-filler-${i}` }))];
    sim = await startSimcloud(worldOf({ [REGION]: { apigateway: { ...section, apis } }, 'eu-central-1': { apigateway: apigatewaySection() } }, ['apigateway:GetResources', 'apigateway:GetRoutes']));
    main = run(sim, collector);
  });
  after(() => sim.close());

  it('emits REST APIs with endpoint type, stages, unauthenticated methods, authorizers and policy', async () => {
    const { resources, gaps, calls } = await main;
    assert.deepEqual(gaps, []);
    assert.equal(calls.filter((c) => c === 'apigateway:GetRestApis').length, 2);
    assert.equal(ofType(resources, 'aws.apigateway.rest-api').length, 101);
    const pets = named<ApiGatewayRestApi>(resources, 'pets');
    assert.equal(pets.uid, `arn:aws:apigateway:${REGION}::/restapis/a1b2c3`);
    assert.deepEqual(pets.origin, { kind: 'live', call: 'apigateway:GetRestApis' });
    assert.equal(known(pets.properties.endpointType), 'REGIONAL');
    // OPTIONS (CORS preflight) and the API-key-protected PUT are not counted.
    assert.deepEqual(known(pets.properties.unauthenticatedMethods), ['GET /pets']);
    assert.deepEqual(pets.properties.unauthenticatedMethods.source, { kind: 'api', call: 'apigateway:GetResources', region: REGION, account: ACCOUNT });
    assert.deepEqual(known(pets.properties.authorizerTypes), ['COGNITO_USER_POOLS']);
    assert.deepEqual(known(pets.properties.stages), [{ name: 'prod', accessLogsEnabled: true, executionLoggingLevel: 'ERROR', tracingEnabled: true, webAclArn: 'arn:aws:wafv2:acl', clientCertificateId: null }]);
    assert.equal(known(pets.properties.policy)?.Statement[0]?.Principal, '*');
    assert.equal(known(named<ApiGatewayRestApi>(resources, 'filler-0').properties.endpointType), 'EDGE');
  });

  it('emits HTTP and WebSocket APIs with stages and routes open without authorization', async () => {
    const { resources, calls } = await main;
    assert.equal(calls.filter((c) => c === 'apigateway:GetApis').length, 2);
    assert.equal(ofType(resources, 'aws.apigateway.http-api').length, 102);
    const orders = named<ApiGatewayHttpApi>(resources, 'orders-http');
    assert.equal(orders.uid, `arn:aws:apigateway:${REGION}::/apis/h1`);
    assert.equal(known(orders.properties.protocolType), 'HTTP');
    assert.deepEqual(known(orders.properties.unauthenticatedRoutes), ['GET /orders']);
    assert.equal(known(orders.properties.stages)[0]?.accessLogsEnabled, false);
    const chat = named<ApiGatewayHttpApi>(resources, 'chat');
    assert.equal(known(chat.properties.protocolType), 'WEBSOCKET');
    assert.deepEqual(known(chat.properties.unauthenticatedRoutes), []);
    assert.deepEqual(known(chat.properties.stages)[0], { name: 'prod', accessLogsEnabled: true, executionLoggingLevel: 'INFO', tracingEnabled: false, webAclArn: null, clientCertificateId: null });
  });

  it('emits custom domain names with their TLS security policy, paging the listing', async () => {
    const { resources, calls } = await main;
    assert.equal(calls.filter((c) => c === 'apigateway:GetDomainNames').length, 2);
    assert.equal(ofType(resources, 'aws.apigateway.domain-name').length, 102);
    const legacy = named<ApiGatewayDomainName>(resources, 'legacy.example.com');
    assert.equal(legacy.uid, `arn:aws:apigateway:${REGION}::/domainnames/legacy.example.com`);
    assert.equal(known(legacy.properties.securityPolicy), 'TLS_1_0');
    assert.equal(known(legacy.properties.endpointType), 'EDGE');
    assert.deepEqual(known(legacy.tags), { team: 'pets' });
    assert.equal(known(named<ApiGatewayDomainName>(resources, 'api.example.com').properties.securityPolicy), 'TLS_1_2');
  });

  it('AccessDenied on methods and routes leaves them unknown with gaps', async () => {
    const { resources, gaps } = await run(sim, collector, 'eu-central-1', true);
    assert.deepEqual(new Set(gaps.map((g) => `${g.call} ${g.reason}`)), new Set(['apigateway:GetResources AccessDenied', 'apigateway:GetRoutes AccessDenied']));
    assert.equal(named<ApiGatewayRestApi>(resources, 'pets').properties.unauthenticatedMethods.kind, 'unresolvable');
    assert.equal(named<ApiGatewayHttpApi>(resources, 'orders-http').properties.unauthenticatedRoutes.kind, 'unresolvable');
    assert.equal(known(named<ApiGatewayRestApi>(resources, 'pets').properties.endpointType), 'REGIONAL');
  });
});
