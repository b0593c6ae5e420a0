/**
 * ECS task definitions, clusters and services. `container_definitions` is a JSON string in the provider. It is
 * parsed here; where the string spans lines of the file (a heredoc) each value is placed on its own line, else
 * (`jsonencode(...)`, which the evaluator renders to one line) on the attribute. A node that is already a list
 * of objects is read as it is, each setting with its own range.
 */
import type { Resource, Value } from '../../../../model/core/index.js';
import { defaulted, explicit, isKnown, mapValue, unresolvable } from '../../../../model/core/index.js';
import type { EcsClusterProperties, EcsContainerDefinition, EcsContainerSecret, EcsPortMapping, EcsServiceProperties, EcsTaskDefinitionProperties } from '../../../../model/aws/containers.js';
import type { TfNode, TfRange, TfResourceInstance } from '../instance.js';
import { parseJsonPositions, type PJson } from '../json-positions.js';
import type { AdaptContext } from './context.js';
import { isUnresolved, Scope } from './scope.js';

const ROLE = ['aws_iam_role'];
const ROLE_LIT = ['arn', 'name'];

/** A JSON value as the evaluator's node tree, every node at the line of `text` it starts on. */
function jsonToNode(j: PJson, text: string, range: TfRange, multiline: boolean): TfNode {
  const line = multiline ? range.startLine + 1 + (text.slice(0, j.start).match(/\n/g)?.length ?? 0) : range.startLine;
  const r: TfRange = multiline ? { file: range.file, startLine: line, endLine: line } : range;
  if (j.k === 'lit') return { t: 'scalar', value: j.value, range: r };
  if (j.k === 'arr') return { t: 'list', items: j.items.map((i) => jsonToNode(i, text, range, multiline)), range: r };
  const attrs: Record<string, TfNode> = {};
  for (const e of j.entries) attrs[e.key] = jsonToNode(e.value, text, range, multiline);
  return { t: 'object', attrs, range: r };
}

/** The container list node: the HCL tree of `jsonencode`, or a parsed JSON string; else why it is unknown. */
function containerList(s: Scope): TfNode | Value<never> {
  const n = s.node('container_definitions');
  if (n === undefined) return unresolvable('container_definitions is not set', s.blockProv());
  if (n.t === 'unknown') return unresolvable(n.reason, s.prov(n, 'container_definitions'));
  if (n.t === 'scalar' && typeof n.value === 'string') {
    const parsed = parseJsonPositions(n.value);
    if (!parsed.ok) return unresolvable(`container_definitions is not valid JSON: ${parsed.message}`, s.prov(n, 'container_definitions'));
    const lines = n.value.split('\n').length;
    return jsonToNode(parsed.value, n.value, n.range, lines > 1 && n.range.endLine - n.range.startLine >= lines);
  }
  return n;
}

function pairs<T>(c: Scope, path: string, read: (item: Scope) => T | undefined): Value<readonly T[]> {
  const items = c.blocks(path);
  if (isUnresolved(items)) return items;
  const out: T[] = [];
  for (const i of items) {
    const v = read(i);
    if (v === undefined) return unresolvable(`${path} holds a value that is not known`, i.blockProv());
    out.push(v);
  }
  const n = c.node(path);
  return n ? explicit(out, c.prov(n, path)) : defaulted(out, c.blockProv());
}

function known<T>(v: Value<T>): T | undefined {
  return isKnown(v) ? v.value : undefined;
}

function container(c: Scope, index: number): EcsContainerDefinition {
  const name = c.str('name');
  const envList = pairs(c, 'environment', (i) => {
    const k = known(i.str('name'));
    const v = known(i.str('value', ''));
    return k === undefined || v === undefined ? undefined : ([k, v] as const);
  });
  const secrets = pairs<EcsContainerSecret>(c, 'secrets', (i) => {
    const n = known(i.str('name'));
    const from = known(i.str('valueFrom'));
    return n === undefined || from === undefined ? undefined : { name: n, valueFrom: from };
  });
  const ports = pairs<EcsPortMapping>(c, 'portMappings', (i) => {
    const cp = i.numOrNull('containerPort');
    const hp = i.numOrNull('hostPort');
    const pr = i.str('protocol', 'tcp');
    return isKnown(cp) && isKnown(hp) && isKnown(pr) ? { containerPort: cp.value, hostPort: hp.value, protocol: pr.value } : undefined;
  });
  return {
    name: isKnown(name) ? name.value : `container[${index}]`,
    image: c.strOrNull('image'),
    privileged: c.bool('privileged', false, 'containers are not privileged unless privileged = true'),
    user: c.strOrNull('user', 'no user: the container runs as the image\'s user, usually root'),
    readonlyRootFilesystem: c.bool('readonlyRootFilesystem', false, 'the root file system is writable unless readonlyRootFilesystem = true'),
    environment: mapValue(envList, (l) => Object.fromEntries(l)),
    secrets,
    portMappings: ports,
    logDriver: c.has('logConfiguration') ? c.str('logConfiguration.logDriver') : defaulted(null, c.blockProv(), 'no logConfiguration: output stays on the task'),
    capabilitiesAdded: c.strList('linuxParameters.capabilities.add'),
  };
}

function containers(ctx: AdaptContext, inst: TfResourceInstance, s: Scope): Value<readonly EcsContainerDefinition[]> {
  const list = containerList(s);
  if (!('t' in list)) return list;
  const prov = s.prov(list, 'container_definitions');
  if (list.t !== 'list') return unresolvable('container_definitions is not a JSON array', prov);
  const out: EcsContainerDefinition[] = [];
  for (const [i, item] of list.items.entries()) {
    if (item.t === 'unknown') return unresolvable(item.reason, s.prov(item, `container_definitions[${i}]`));
    if (item.t !== 'object') return unresolvable(`container_definitions[${i}] is not an object`, s.prov(item, `container_definitions[${i}]`));
    out.push(container(new Scope(ctx, inst, item, `container_definitions[${i}]`, item.range), i));
  }
  return explicit(out, prov);
}

function adaptTaskDefinition(ctx: AdaptContext, inst: TfResourceInstance): Resource {
  const s = ctx.scope(inst);
  const props: EcsTaskDefinitionProperties = {
    family: s.str('family'),
    revision: unresolvable('the revision is assigned when the task definition is registered', s.blockProv()),
    networkMode: s.str('network_mode', 'bridge', 'no network_mode: EC2 tasks default to bridge'),
    taskRoleArn: s.refOrNull('task_role_arn', ROLE, ROLE_LIT, 'no task_role_arn: containers get no AWS credentials'),
    executionRoleArn: s.refOrNull('execution_role_arn', ROLE, ROLE_LIT),
    containers: containers(ctx, inst, s),
  };
  return ctx.resource(inst, 'aws.ecs.task-definition', props, s.str('family'));
}

function adaptCluster(ctx: AdaptContext, inst: TfResourceInstance): Resource {
  const s = ctx.scope(inst);
  const settings = s.blocks('setting');
  let insights: Value<string>;
  if (isUnresolved(settings)) insights = settings;
  else {
    const found = settings.find((b) => { const n = b.str('name'); return !isKnown(n) || n.value === 'containerInsights'; });
    insights = found ? (isKnown(found.str('name')) ? found.str('value') : found.str('name')) : defaulted('disabled', s.blockProv(), 'no containerInsights setting: the account default applies, off unless changed');
  }
  const props: EcsClusterProperties = { containerInsights: insights };
  return ctx.resource(inst, 'aws.ecs.cluster', props, s.str('name'));
}

function adaptService(ctx: AdaptContext, inst: TfResourceInstance): Resource {
  const s = ctx.scope(inst);
  const props: EcsServiceProperties = {
    cluster: s.refOrNull('cluster', ['aws_ecs_cluster'], ['arn', 'name'], 'no cluster: the default cluster'),
    launchType: s.has('launch_type') ? s.str('launch_type') : defaulted(s.has('capacity_provider_strategy') ? null : 'EC2', s.blockProv()),
    taskDefinition: s.refOrNull('task_definition', ['aws_ecs_task_definition'], ['arn', 'family']),
    assignPublicIp: s.bool('network_configuration.assign_public_ip', false, 'assign_public_ip defaults to false'),
  };
  return ctx.resource(inst, 'aws.ecs.service', props, s.str('name'));
}

/** ECS task definitions, clusters and services. */
export function adaptContainers(ctx: AdaptContext): Resource[] {
  return [
    ...ctx.each(['aws_ecs_task_definition'], (i) => adaptTaskDefinition(ctx, i)),
    ...ctx.each(['aws_ecs_cluster'], (i) => adaptCluster(ctx, i)),
    ...ctx.each(['aws_ecs_service'], (i) => adaptService(ctx, i)),
  ];
}
