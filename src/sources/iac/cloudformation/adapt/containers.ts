/** AWS::ECS::TaskDefinition, AWS::ECS::Cluster and AWS::ECS::Service. */
import type { EcsClusterProperties, EcsContainerDefinition, EcsContainerSecret, EcsPortMapping, EcsServiceProperties, EcsTaskDefinitionProperties } from '../../../../model/aws/containers.js';
import { defaulted, explicit, isKnown, mapValue, unresolvable, type Value } from '../../../../model/core/index.js';
import { envelope, type Adapter } from './context.js';
import { Reader, tagsOf } from './read.js';

/**
 * The items of a list property as readers whose defaults point at the item, or the list's unknown.
 * Exported for the AWS Backup adapters, whose plans and selections are lists of the same kind.
 */
export function items(rd: Reader, path: string): Reader[] | Value<never> {
  const l = rd.at(path);
  if (l.state === 'absent') return [];
  if (l.state === 'unknown') return unresolvable(l.reason, rd.prov(l.node, path));
  if (l.node.t !== 'list') return unresolvable(`${path} is not a list`, rd.prov(l.node, path));
  const out: Reader[] = [];
  for (const i of l.node.items) {
    if (i.t === 'unknown') return unresolvable(i.reason, rd.prov(i, path));
    out.push(rd.sub(i, true));
  }
  return out;
}

/** A list property whose items all read to `T`, or the first unknown among them. */
export function listOf<T>(rd: Reader, path: string, read: (item: Reader) => T | Value<never>): Value<readonly T[]> {
  const list = items(rd, path);
  if (!Array.isArray(list)) return list;
  const out: T[] = [];
  for (const i of list) {
    const v = read(i);
    if (typeof v === 'object' && v !== null && 'kind' in v && (v as Value<never>).kind === 'unresolvable') return v as Value<never>;
    out.push(v as T);
  }
  const l = rd.at(path);
  return l.state === 'node' ? explicit(out, rd.prov(l.node, path)) : defaulted(out, rd.block);
}

function firstUnknown(...vs: Value<unknown>[]): Value<never> | undefined {
  return vs.find((v) => !isKnown(v)) as Value<never> | undefined;
}

function container(c: Reader, index: number): EcsContainerDefinition {
  const name = c.str('Name', { unresolvable: 'the container has no Name' });
  const env = listOf(c, 'Environment', (i) => {
    const k = i.str('Name', { unresolvable: 'an environment entry has no Name' });
    const v = i.str('Value', { value: '' });
    return firstUnknown(k, v) ?? ([k.value!, v.value!] as const);
  });
  const secrets = listOf<EcsContainerSecret>(c, 'Secrets', (i) => {
    const k = i.str('Name', { unresolvable: 'a secret has no Name' });
    const from = i.str('ValueFrom', { unresolvable: 'a secret has no ValueFrom' });
    return firstUnknown(k, from) ?? { name: k.value!, valueFrom: from.value! };
  });
  const ports = listOf<EcsPortMapping>(c, 'PortMappings', (i) => {
    const cp = i.num('ContainerPort', { unresolvable: 'no ContainerPort' });
    const hp = i.get<number | null>('HostPort', (n) => (n.t === 'scalar' && Number.isFinite(Number(n.value)) ? { ok: true, value: Number(n.value) } : { ok: false, reason: 'expected a number' }), { value: null });
    const pr = i.str('Protocol', { value: 'tcp' });
    return firstUnknown(cp, hp, pr) ?? { containerPort: cp.value!, hostPort: hp.value ?? null, protocol: pr.value! };
  });
  return {
    name: isKnown(name) ? name.value : `container[${index}]`,
    image: c.strOrNull('Image'),
    privileged: c.bool('Privileged', false, 'containers are not privileged unless Privileged is true'),
    user: c.strOrNull('User'),
    readonlyRootFilesystem: c.bool('ReadonlyRootFilesystem', false, 'the root file system is writable unless ReadonlyRootFilesystem is true'),
    environment: mapValue(env, (l) => Object.fromEntries(l)),
    secrets,
    portMappings: ports,
    logDriver: c.has('LogConfiguration') ? c.str('LogConfiguration.LogDriver', { unresolvable: 'LogConfiguration has no LogDriver' }) : defaulted(null, c.block, 'no LogConfiguration: output stays on the task'),
    capabilitiesAdded: c.strs('LinuxParameters.Capabilities.Add'),
  };
}

/** AWS::ECS::TaskDefinition. */
export const ecsTaskDefinition: Adapter = (r, ctx) => {
  const rd = new Reader(ctx, r);
  const family = rd.str('Family', { unresolvable: 'generated from the stack and logical id' });
  const list = items(rd, 'ContainerDefinitions');
  const l = rd.at('ContainerDefinitions');
  const containers: Value<readonly EcsContainerDefinition[]> = !Array.isArray(list)
    ? list
    : l.state === 'node'
      ? explicit(list.map(container), rd.prov(l.node, 'ContainerDefinitions'))
      : unresolvable('ContainerDefinitions is not set', rd.block);
  const props: EcsTaskDefinitionProperties = {
    family,
    revision: unresolvable('the revision is assigned when the task definition is registered', rd.block),
    networkMode: rd.str('NetworkMode', { value: 'bridge', reason: 'no NetworkMode: EC2 tasks default to bridge' }),
    taskRoleArn: rd.ref('TaskRoleArn', { value: null, reason: 'no TaskRoleArn: containers get no AWS credentials' }),
    executionRoleArn: rd.ref('ExecutionRoleArn', { value: null }),
    containers,
  };
  return envelope(ctx, r, 'aws.ecs.task-definition', family, tagsOf(rd), props);
};

/** AWS::ECS::Cluster. */
export const ecsCluster: Adapter = (r, ctx) => {
  const rd = new Reader(ctx, r);
  const settings = items(rd, 'ClusterSettings');
  let insights: Value<string>;
  if (!Array.isArray(settings)) insights = settings;
  else {
    const found = settings.find((s) => { const n = s.str('Name', { value: '' }); return !isKnown(n) || n.value === 'containerInsights'; });
    insights = found ? (firstUnknown(found.str('Name', { value: '' })) ?? found.str('Value', { unresolvable: 'the setting has no Value' })) : defaulted('disabled', rd.block, 'no containerInsights setting: the account default applies, off unless changed');
  }
  const props: EcsClusterProperties = { containerInsights: insights };
  return envelope(ctx, r, 'aws.ecs.cluster', rd.str('ClusterName', { unresolvable: 'generated' }), tagsOf(rd), props);
};

/** AWS::ECS::Service. */
export const ecsService: Adapter = (r, ctx) => {
  const rd = new Reader(ctx, r);
  const props: EcsServiceProperties = {
    cluster: rd.ref('Cluster', { value: null, reason: 'no Cluster: the default cluster' }),
    launchType: rd.strOrNull('LaunchType', rd.has('CapacityProviderStrategy') ? null : 'EC2'),
    taskDefinition: rd.ref('TaskDefinition', { value: null }),
    assignPublicIp: mapValue(rd.str('NetworkConfiguration.AwsvpcConfiguration.AssignPublicIp', { value: 'DISABLED', reason: 'AssignPublicIp defaults to DISABLED' }), (v) => v.toUpperCase() === 'ENABLED'),
  };
  return envelope(ctx, r, 'aws.ecs.service', rd.str('ServiceName', { unresolvable: 'generated' }), tagsOf(rd), props);
};
