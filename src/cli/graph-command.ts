/**
 * `cloudwarden graph privesc|paths|who-can|explain`: the identity and attack-path graph of a stored scan
 * (`--scan ID`, default the newest finished one) or of IaC files before deploy (`--iac PATH`: IAM, network and
 * compute in Terraform or CloudFormation build the same graph), printed as a table, JSON, dot or Mermaid.
 */
import { existsSync } from 'node:fs';
import { Option, type Command } from 'commander';
import type { Resource } from '../model/core/index.js';
import { fromStored } from './stored-resources.js';
import { UsageError } from '../shared/errors.js';
import { collect } from './flags.js';

export interface GraphSourceOptions {
  readonly scan?: string;
  readonly iac?: readonly string[];
  readonly db?: string;
  /** With `--iac`: the account the resources deploy to, so their ARNs match the ones policies name. */
  readonly account?: string;
}

/** Resources of the IaC paths, or of the stored scan. */
export async function loadGraphResources(o: GraphSourceOptions): Promise<{ resources: Resource[]; source: string }> {
  if (o.iac && o.iac.length > 0) {
    if (o.scan) throw new UsageError('--iac and --scan are exclusive: the graph is built from one source');
    for (const p of o.iac) if (!existsSync(p)) throw new UsageError(`--iac: path not found: ${p}`);
    const { scanIac } = await import('../sources/iac/index.js');
    const scanned = await scanIac(o.iac, {});
    return { resources: scanned.results.flatMap((r) => r.resources), source: o.iac.join(', ') };
  }
  const { openStore, resolveStorePath } = await import('../findings/store/index.js');
  const path = resolveStorePath({ ...(o.db ? { flag: o.db } : {}), env: process.env });
  if (path !== ':memory:' && !existsSync(path)) throw new UsageError(`no findings store at ${path} (scan first, pass --db PATH, or use --iac PATH)`);
  const store = await openStore(path);
  try {
    const scan = o.scan ? await store.getScan(o.scan) : await store.latestScan();
    if (!scan) throw new UsageError(o.scan ? `--scan: no scan "${o.scan}" in ${path}` : `no finished scan in ${path}: run a scan first`);
    const resources = (await store.getResources(scan.id)).map(fromStored);
    return { resources, source: `scan ${scan.id}` };
  } finally {
    await store.close();
  }
}

type Question = { kind: 'privesc' } | { kind: 'paths'; from: string; to: string } | { kind: 'who-can'; action: string; resource: string } | { kind: 'explain'; principal: string; action: string; resource: string };

/** Builds the graph and answers one question in `format`. */
export async function answerGraphQuestion(q: Question, o: GraphSourceOptions & { readonly format?: string }): Promise<string> {
  const { GRAPH_FORMATS, renderAnswer } = await import('../graph/render.js');
  const format = (o.format ?? 'table') as (typeof GRAPH_FORMATS)[number];
  if (!GRAPH_FORMATS.includes(format)) throw new UsageError(`--format: "${o.format}" is not one of ${GRAPH_FORMATS.join(', ')}`);
  const { resources } = await loadGraphResources(o);
  const { buildGraph } = await import('../graph/build.js');
  const answers = await import('../graph/answers.js');
  if (o.account !== undefined && !/^\d{12}$/.test(o.account)) throw new UsageError(`--account: "${o.account}" is not a 12-digit account id`);
  const sg = buildGraph(resources, { escalations: q.kind === 'privesc' || q.kind === 'paths', ...(o.account ? { account: o.account } : {}) });
  try {
    switch (q.kind) {
      case 'privesc': return renderAnswer(answers.privescAnswer(sg), format);
      case 'paths': return renderAnswer(answers.pathsAnswer(sg, q.from, q.to), format);
      case 'who-can': return renderAnswer(answers.whoCanAnswer(sg, resources.filter((r) => r.type === 'aws.iam.user' || r.type === 'aws.iam.role'), q.action, q.resource), format);
      case 'explain': return renderAnswer(answers.explainAnswer(sg, q.principal, q.action, q.resource), format);
    }
  } catch (e) {
    if (e instanceof RangeError) throw new UsageError(e.message);
    throw e;
  }
}

function withSourceOptions(c: Command): Command {
  return c
    .option('--scan <id>', 'stored scan id (default: the newest finished scan)')
    .option('--iac <path>', 'build the graph from Terraform/CloudFormation files instead (repeatable)', collect, [])
    .option('--db <path>', 'findings store (default $CLOUDWARDEN_DB or ~/.cloudwarden/cloudwarden.db)')
    .option('--account <id>', 'with --iac: the account the resources deploy to (IaC cannot know it; policies name ARNs with it)')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json', 'dot', 'mermaid']).default('table'));
}

/** Registers `graph` and its subcommands on the program. */
export function registerGraphCommands(program: Command, setExit: (code: number) => void): void {
  const graph = program.command('graph').description('identity and attack-path graph: privilege escalation, attack paths, who can do what');
  const run = async (q: Question, o: GraphSourceOptions & { format?: string }) => {
    process.stdout.write(await answerGraphQuestion(q, o));
    setExit(0);
  };
  withSourceOptions(graph.command('privesc').description('principals that can escalate to administrator, by technique'))
    .action((o) => run({ kind: 'privesc' }, o));
  withSourceOptions(graph.command('paths').description('attack paths (default: from the internet to an administrator)'))
    .option('--from <node>', 'internet, or a principal or resource (uid, ARN or name)', 'internet')
    .option('--to <node>', 'admin, data (sensitive stores), any, or a resource (uid, ARN or name)', 'admin')
    .action((o) => run({ kind: 'paths', from: o.from, to: o.to }, o));
  withSourceOptions(graph.command('who-can').description('users and roles allowed ACTION on RESOURCE').argument('<action>').argument('<resource>', 'ARN, uid or name'))
    .action((action: string, resource: string, o) => run({ kind: 'who-can', action, resource }, o));
  withSourceOptions(graph.command('explain').description('why PRINCIPAL may or may not perform ACTION on RESOURCE').argument('<principal>').argument('<action>').argument('<resource>'))
    .action((principal: string, action: string, resource: string, o) => run({ kind: 'explain', principal, action, resource }, o));
}
