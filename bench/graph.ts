/**
 * Identity and attack-path graph benchmark (issue 5: `npm run bench -- graph [accounts=64] [instances=2500]`):
 * builds the graph of a generated organization (per account: a VPC with a public and a private subnet, an
 * internet gateway, three security groups, 40 roles, `instances` instances each with a role and an Inspector
 * finding, three buckets; one role per account can pass an administrator role to Lambda) through the real
 * build (evaluator included), then times the path queries. Goals: >= 1M nodes + edges built in < 10 s, and
 * path queries answered in < 1 s.
 */
import { explicit, NO_PROVENANCE, type Resource } from '../src/model/core/index.js';

const v = explicit;
const R = 'eu-west-1';
const doc = (...Statement: object[]) => ({ Version: '2012-10-17', Statement });

function res(type: string, uid: string, name: string, account: string, props: Record<string, unknown>, tags: Record<string, string> = {}): Resource {
  const properties = Object.fromEntries(Object.entries(props).map(([k, x]) => [k, v(x)]));
  return { uid, type, provider: 'aws', account, region: R, name, tags: v(tags), properties, origin: { kind: 'live', call: 'bench' }, source: NO_PROVENANCE };
}

const sgRule = (port: number, cidr: string) => ({ protocol: v('tcp'), fromPort: v(port), toPort: v(port), ipv4Ranges: v([cidr]), ipv6Ranges: v([]), sourceSecurityGroups: v([]), prefixListIds: v([]), description: v(''), source: NO_PROVENANCE });

function account(a: number, instances: number): Resource[] {
  const acct = String(100000000000 + a);
  const ec2 = (kind: string, id: string) => `arn:aws:ec2:${R}:${acct}:${kind}/${id}`;
  const role = (name: string) => `arn:aws:iam::${acct}:role/${name}`;
  const out: Resource[] = [
    res('aws.ec2.vpc', ec2('vpc', 'vpc-1'), 'vpc-1', acct, { cidrBlock: '10.0.0.0/16', isDefault: false }),
    res('aws.ec2.subnet', ec2('subnet', 'pub'), 'pub', acct, { vpcId: ec2('vpc', 'vpc-1'), cidrBlock: '10.0.1.0/24', mapPublicIpOnLaunch: true, availabilityZone: `${R}a` }),
    res('aws.ec2.subnet', ec2('subnet', 'priv'), 'priv', acct, { vpcId: ec2('vpc', 'vpc-1'), cidrBlock: '10.0.2.0/24', mapPublicIpOnLaunch: false, availabilityZone: `${R}a` }),
    res('aws.ec2.internet-gateway', ec2('internet-gateway', 'igw'), 'igw', acct, { attachedVpcIds: [ec2('vpc', 'vpc-1')] }),
    res('aws.ec2.route-table', ec2('route-table', 'pub'), 'rtb-pub', acct, {
      vpcId: ec2('vpc', 'vpc-1'), isMain: false, subnetIds: [ec2('subnet', 'pub')],
      routes: [{ destinationCidrBlock: v('0.0.0.0/0'), destinationIpv6CidrBlock: v(null), destinationPrefixListId: v(null), target: v(ec2('internet-gateway', 'igw')), targetKind: v('internet-gateway'), state: v('active'), source: NO_PROVENANCE }],
    }),
    res('aws.ec2.route-table', ec2('route-table', 'main'), 'rtb-main', acct, { vpcId: ec2('vpc', 'vpc-1'), isMain: true, subnetIds: [], routes: [] }),
    ...[['ssh', 22, '0.0.0.0/0'], ['web', 443, '0.0.0.0/0'], ['internal', 5432, '10.0.0.0/16']].map(([n, port, cidr]) =>
      res('aws.ec2.security-group', ec2('security-group', `sg-${n}`), `sg-${n}`, acct, { groupName: n, description: '', vpcId: ec2('vpc', 'vpc-1'), isDefault: false, egress: [], ingress: [sgRule(port as number, cidr as string)] })),
  ];
  const admin = ['arn:aws:iam::aws:policy/AdministratorAccess'];
  const roleRes = (name: string, service: string, inline: object | null, attached: string[] = []) => res('aws.iam.role', role(name), name, acct, {
    path: '/', roleName: name, trustPolicy: doc({ Effect: 'Allow', Principal: { Service: service }, Action: 'sts:AssumeRole' }),
    inlinePolicies: inline ? [{ name: v('p'), document: v(inline), source: NO_PROVENANCE }] : [], attachedPolicies: attached, permissionsBoundary: null, maxSessionDurationSeconds: 3600, lastUsed: null,
  });
  out.push(roleRes('automation', 'lambda.amazonaws.com', null, admin));
  out.push(roleRes('app-0', 'ec2.amazonaws.com', doc({ Effect: 'Allow', Action: ['lambda:CreateFunction', 'lambda:InvokeFunction', 'iam:PassRole'], Resource: '*' })));
  for (let i = 1; i < 40; i++) out.push(roleRes(`app-${i}`, 'ec2.amazonaws.com', doc({ Effect: 'Allow', Action: 's3:GetObject', Resource: `arn:aws:s3:::b${a}-${i % 3}/*` })));
  for (let b = 0; b < 3; b++) out.push(res('aws.s3.bucket', `arn:aws:s3:::b${a}-${b}`, `b${a}-${b}`, acct, { policy: null }, b === 0 ? { 'data-classification': 'pii' } : {}));
  for (let i = 0; i < instances; i++) {
    const id = `i-${a}-${i}`;
    const pub = i % 4 === 0;
    out.push(res('aws.ec2.instance', ec2('instance', id), id, acct, {
      instanceId: id, hasPublicIp: pub, publicIp: pub ? '198.51.100.1' : null, securityGroups: [ec2('security-group', pub ? (i % 8 === 0 ? 'sg-ssh' : 'sg-web') : 'sg-internal')],
      subnetId: ec2('subnet', pub ? 'pub' : 'priv'), iamInstanceProfile: `arn:aws:iam::${acct}:instance-profile/app-${i % 40}`, state: 'running',
    }));
    out.push(res('vulnerability.finding', `arn:aws:inspector2:${R}:${acct}:finding/${id}`, id, acct, {
      scanner: 'inspector2', vulnerabilityId: `CVE-2024-${1000 + (i % 500)}`, title: null, severity: 'HIGH', cvssScore: 7.5, inspectorScore: null,
      exploitAvailable: i % 10 === 0, status: 'ACTIVE', resourceUid: ec2('instance', id),
    }));
  }
  return out;
}

export async function main(args: string[]): Promise<void> {
  const arg = (name: string, dflt: number) => Number(args.find((a) => a.startsWith(`${name}=`))?.split('=')[1] ?? dflt);
  const accounts = arg('accounts', 64);
  const instances = arg('instances', 2500);
  const { buildGraph } = await import('../src/graph/build.js');
  const { attackPaths } = await import('../src/graph/paths.js');
  const { shortestPaths, DATA_WEIGHTS } = await import('../src/graph/search.js');
  const resources = Array.from({ length: accounts }, (_, a) => account(a, instances)).flat();
  console.log(`inventory: ${resources.length.toLocaleString()} resources (${accounts} accounts x ${instances} instances)`);
  const t0 = performance.now();
  const sg = buildGraph(resources);
  const build = (performance.now() - t0) / 1000;
  const { nodeCount, edgeCount } = sg.graph;
  console.log(`build: ${nodeCount.toLocaleString()} nodes + ${edgeCount.toLocaleString()} edges = ${(nodeCount + edgeCount).toLocaleString()} in ${build.toFixed(2)} s (${sg.access.evaluationCount.toLocaleString()} evaluator decisions, ${sg.escalations.length} escalations)  goal: >= 1,000,000 in < 10 s`);
  const t1 = performance.now();
  const paths = attackPaths(sg);
  const all = (performance.now() - t1) / 1000;
  console.log(`query: every attack path from the internet: ${paths.length.toLocaleString()} paths in ${all.toFixed(3)} s`);
  const t2 = performance.now();
  const internet = sg.graph.find('internet')!;
  const everything = { ...DATA_WEIGHTS, 'reachable-from-internet': 1 };
  const reach = shortestPaths(sg.graph, [internet], everything, (n) => sg.graph.nodeKind(n) === 'admin');
  const one = (performance.now() - t2) / 1000;
  console.log(`query: internet to every account administrator (one Dijkstra over the graph): ${reach.length} admins reached in ${one.toFixed(3)} s  goal: < 1 s`);
}
