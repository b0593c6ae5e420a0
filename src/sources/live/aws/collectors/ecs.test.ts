import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { EcsCluster, EcsService, EcsTaskDefinition } from '../../../../model/aws/index.js';
import type { RunningSimcloud } from '../../../../simcloud/testing.js';
import collector, { latestRevisions } from './ecs.js';
import { ACCOUNT, REGION, known, named, ofType, run, startSimcloud, worldOf } from './edge/test-world.js';

const web = (revision: number, extra: Record<string, unknown> = {}) => ({
  family: 'web', revision, networkMode: 'awsvpc', taskRoleArn: `arn:aws:iam::${ACCOUNT}:role/web-task`,
  containerDefinitions: [{ name: 'nginx', image: 'public.ecr.aws/nginx/nginx:1.27', user: '101', readonlyRootFilesystem: true, logConfiguration: { logDriver: 'awslogs' } }],
  ...extra,
});

function ecsSection(fillers = 0): Record<string, unknown> {
  return {
    taskDefinitions: [
      web(1, { containerDefinitions: [{ name: 'nginx', image: 'nginx:1.19', privileged: true }] }),
      web(2),
      web(3, { status: 'INACTIVE' }),
      {
        family: 'worker', revision: 4, networkMode: 'host',
        containerDefinitions: [{
          name: 'worker', image: 'acme/worker:2', privileged: true, environment: [{ name: 'DB_PASSWORD', value: 'hunter2hunter2' }],
          secrets: [{ name: 'API_TOKEN', valueFrom: `arn:aws:secretsmanager:${REGION}:${ACCOUNT}:secret:api` }], portMappings: [{ containerPort: 8080, hostPort: 8080, protocol: 'tcp' }],
          linuxParameters: { capabilities: { add: ['SYS_ADMIN'] } },
        }],
      },
      ...Array.from({ length: fillers }, (_, i) => web(1, { family: `filler-${i}` })),
    ],
    clusters: [{ clusterName: 'main', settings: [{ name: 'containerInsights', value: 'enabled' }] }, { clusterName: 'legacy' }],
    services: [
      { serviceName: 'api', clusterName: 'main', taskDefinition: 'web:2', networkConfiguration: { awsvpcConfiguration: { subnets: ['subnet-a'], assignPublicIp: 'ENABLED' } } },
      ...Array.from({ length: 12 }, (_, i) => ({ serviceName: `svc-${i}`, clusterName: 'legacy', launchType: 'EC2', taskDefinition: 'worker:4' })),
    ],
  };
}

describe('ecs collector against simcloud', () => {
  let sim: RunningSimcloud;
  before(async () => {
    // 120 filler families: ListTaskDefinitions (100 a page) needs two pages; 12 services need two DescribeServices batches.
    sim = await startSimcloud(worldOf({ [REGION]: { ecs: ecsSection(120) }, 'eu-central-1': { ecs: ecsSection() } }, ['ecs:DescribeTaskDefinition', 'ecs:DescribeClusters']));
  });
  after(() => sim.close());

  it('keeps the latest ACTIVE revision of each family', () => {
    assert.deepEqual(latestRevisions(['arn:aws:ecs:r:1:task-definition/a:2', 'arn:aws:ecs:r:1:task-definition/a:10', 'arn:aws:ecs:r:1:task-definition/b:1']).sort(), ['arn:aws:ecs:r:1:task-definition/a:10', 'arn:aws:ecs:r:1:task-definition/b:1']);
  });

  it('emits task definitions with their containers, clusters with Container Insights and services with public IPs', async () => {
    const { resources, gaps, calls } = await run(sim, collector);
    assert.deepEqual(gaps, []);
    assert.equal(calls.filter((c) => c === 'ecs:ListTaskDefinitions').length, 2);
    const tds = ofType<EcsTaskDefinition>(resources, 'aws.ecs.task-definition');
    assert.equal(tds.length, 122);
    const webTd = named<EcsTaskDefinition>(resources, 'web:2');
    assert.equal(webTd.uid, `arn:aws:ecs:${REGION}:${ACCOUNT}:task-definition/web:2`);
    const nginx = known(webTd.properties.containers)[0]!;
    assert.equal(known(nginx.privileged), false);
    assert.equal(nginx.privileged.kind, 'default');
    assert.equal(known(nginx.user), '101');
    assert.equal(known(webTd.properties.taskRoleArn), `arn:aws:iam::${ACCOUNT}:role/web-task`);
    const worker = known(named<EcsTaskDefinition>(resources, 'worker:4').properties.containers)[0]!;
    assert.equal(known(worker.privileged), true);
    assert.equal(known(worker.user), null);
    assert.deepEqual(known(worker.environment), { DB_PASSWORD: 'hunter2hunter2' });
    assert.deepEqual(known(worker.secrets), [{ name: 'API_TOKEN', valueFrom: `arn:aws:secretsmanager:${REGION}:${ACCOUNT}:secret:api` }]);
    assert.deepEqual(known(worker.capabilitiesAdded), ['SYS_ADMIN']);
    assert.equal(known(worker.logDriver), null);
    assert.deepEqual(known(worker.portMappings), [{ containerPort: 8080, hostPort: 8080, protocol: 'tcp' }]);
    assert.deepEqual(worker.privileged.source, { kind: 'api', call: 'ecs:DescribeTaskDefinition', region: REGION, account: ACCOUNT });
    assert.equal(known(named<EcsCluster>(resources, 'main').properties.containerInsights), 'enabled');
    assert.equal(known(named<EcsCluster>(resources, 'legacy').properties.containerInsights), 'disabled');
    const services = ofType<EcsService>(resources, 'aws.ecs.service');
    assert.equal(services.length, 13);
    assert.equal(known(named<EcsService>(resources, 'api').properties.assignPublicIp), true);
    assert.equal(known(named<EcsService>(resources, 'svc-11').properties.launchType), 'EC2');
  });

  it('AccessDenied on the describe calls still emits what was listed, with unknown attributes', async () => {
    const { resources, gaps } = await run(sim, collector, 'eu-central-1', true);
    assert.ok(gaps.length >= 3 && gaps.every((g) => g.reason === 'AccessDenied'));
    const worker = named<EcsTaskDefinition>(resources, 'worker:4');
    assert.equal(worker.properties.containers.kind, 'unresolvable');
    assert.equal(worker.properties.networkMode.kind, 'unresolvable');
    assert.equal(named<EcsCluster>(resources, 'main').properties.containerInsights.kind, 'unresolvable');
  });
});
