#!/usr/bin/env node
import { Command, CommanderError, Option } from 'commander';
import { UsageError } from '../shared/errors.js';
import { VERSION } from './package-info.js';
import { runIacCommand } from './iac-command.js';
import { rulesList, rulesShow } from './rules-command.js';
import { runDemo } from './demo-command.js';

const collect = (v: string, prev: string[]) => [...prev, v];
/** Commander defaults a `--no-color` flag to true; only an explicit --no-color decides, else the terminal does. */
const colorFlag = (o: { color?: boolean }) => (o.color === false ? false : undefined);

function buildProgram(setExit: (code: number) => void): Command {
  const program = new Command('cloudwarden')
    .description('Cloud Security Posture Management: one rule catalogue for IaC and live clouds')
    .version(VERSION)
    .showHelpAfterError('(add --help for usage)')
    .exitOverride();

  program
    .command('iac')
    .description('scan Terraform, CloudFormation and Kubernetes files before they are deployed')
    .argument('[paths...]', 'files or directories', ['.'])
    .option('--framework <list>', 'only these: terraform,terraform-plan,cloudformation,kubernetes')
    .option('--rule <id|severity>', 'run only these rules (ids, prefixes ending in *, or severities; repeatable, comma-separated)', collect, [])
    .option('--skip-rule <id|severity>', 'skip these rules (same forms; repeatable)', collect, [])
    .option('--severity <level>', 'run only rules at or above this severity')
    .option('--fail-on <level>', 'exit 1 only for failing findings at or above this severity', 'info')
    .option('--format <format>', 'table, json, sarif, junit, csv (repeatable; several need --output-dir)', collect, [])
    .option('--output-file <file>', 'write the (single) format to this file')
    .option('--output-dir <dir>', 'write each format to DIR/cloudwarden.<ext>')
    .option('--soft-fail', 'exit 0 even when findings fail')
    .option('--var-file <file>', 'Terraform variables file (repeatable, later wins)', collect, [])
    .option('--config <file>', 'cloudwarden config with mutes and severity overrides (default ./.cloudwarden.yaml)')
    .option('--show-passed', 'list passing checks in the table too')
    .option('--db <path>', 'findings store (default $CLOUDWARDEN_DB or ~/.cloudwarden/cloudwarden.db)')
    .option('--no-store', 'do not record this scan in the findings store')
    .option('--no-color', 'plain output')
    .option('-q, --quiet', 'no progress display')
    .action(async (paths: string[], o) => setExit(await runIacCommand(paths, { ...o, color: colorFlag(o) })));

  const rules = program.command('rules').description('the rule catalogue');
  rules
    .command('list')
    .description('list every rule')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
    .option('--provider <provider>', 'only rules of this provider (aws, k8s, ...)')
    .action((o) => {
      process.stdout.write(rulesList(o));
    });
  rules
    .command('show')
    .description('show one rule: description, risk, remediation, references')
    .argument('<id>', 'rule id')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
    .action((id: string, o) => {
      process.stdout.write(rulesShow(id, o));
    });

  program
    .command('demo')
    .description('the main job on the embedded default: scan the bundled example project, store the scan, write reports, exit')
    .option('--output-dir <dir>', 'where to write the reports', 'cloudwarden-reports')
    .option('--db <path>', 'findings store (default $CLOUDWARDEN_DB or ~/.cloudwarden/cloudwarden.db)')
    .option('--no-color', 'plain output')
    .action(async (o) => setExit(await runDemo({ ...o, color: colorFlag(o) })));
  return program;
}

async function main(argv: string[]): Promise<number> {
  let code = 0;
  const program = buildProgram((c) => (code = c));
  try {
    await program.parseAsync(argv);
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      // help and version exit 0; any other commander error is a usage error (2), as Checkov and Prowler use it.
      return e.exitCode === 0 || e.code === 'commander.helpDisplayed' || e.code === 'commander.version' ? 0 : 2;
    }
    if (e instanceof UsageError) {
      process.stderr.write(`error: ${e.message}\n`);
      return 2;
    }
    process.stderr.write(`cloudwarden: internal error: ${(e as Error).stack ?? String(e)}\n`);
    return 2;
  }
}

process.exitCode = await main(process.argv);
