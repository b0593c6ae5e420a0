#!/usr/bin/env node
// The AWS SDK warns on every run that its releases after January 2027 will need Node 22. cloudwarden pins
// SDK versions that support Node 20 (see package.json engines), so the warning is noise to our users.
process.env['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'] ??= 'true';
import { Command, CommanderError, Option } from 'commander';
import { UsageError } from '../shared/errors.js';
import { VERSION } from './package-info.js';
import { runIacCommand } from './iac-command.js';
import { addEvaluationOptions, collect, colorFlag } from './flags.js';
import { rulesList, rulesShow } from './rules-command.js';
import { registerAwsCommands } from './aws-commands.js';
import { runSimcloudCommand } from './simcloud-command.js';


function buildProgram(setExit: (code: number) => void): Command {
  const program = new Command('cloudwarden')
    .description('Cloud Security Posture Management: one rule catalogue for IaC and live clouds')
    .version(VERSION)
    .showHelpAfterError('(add --help for usage)')
    .exitOverride();

  const iac = program
    .command('iac')
    .description('scan Terraform, CloudFormation and Kubernetes files before they are deployed')
    .argument('[paths...]', 'files or directories', ['.'])
    .option('--framework <list>', 'only these: terraform,terraform-plan,cloudformation,kubernetes')
    .option('--var-file <file>', 'Terraform variables file (repeatable, later wins)', collect, []);
  addEvaluationOptions(iac)
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

  const importConfig = program
    .command('import')
    .description('judge an inventory export with the rule catalogue')
    .command('aws-config')
    .description('AWS Config snapshot or history files (configurationItems, .json or .json.gz, folders recursively)')
    .argument('<paths...>', 'files or directories');
  addEvaluationOptions(importConfig)
    .action(async (paths: string[], o) => {
      const { runImportAwsConfigCommand } = await import('./import-command.js');
      setExit(await runImportAwsConfigCommand(paths, { ...o, color: colorFlag(o) }));
    });

  program
    .command('demo')
    .description('the main job on the embedded default: scan simcloud\'s demo organization through the AWS SDK, store the scan, write reports, exit')
    .option('--output-dir <dir>', 'where to write the reports', 'cloudwarden-reports')
    .option('--db <path>', 'findings store (default $CLOUDWARDEN_DB or ~/.cloudwarden/cloudwarden.db)')
    .option('--no-color', 'plain output')
    .action(async (o) => {
      const { runDemo } = await import('./demo-command.js');
      setExit(await runDemo({ ...o, color: colorFlag(o) }));
    });

  program
    .command('simcloud')
    .description('serve a simulated AWS world over the real wire protocols until stopped (Ctrl-C)')
    .option('--port <n>', 'port to listen on (0: a free one)', '4566')
    .option('--host <addr>', 'address to bind', '127.0.0.1')
    .option('--world <spec>', 'demo, a YAML/JSON world file, or scale:accounts=N,resources=M', 'demo')
    .option('--latency-ms <n>', 'added latency per request')
    .option('--throttle-rate <r>', 'fraction of requests throttled (0..1)')
    .option('--error-rate <r>', 'fraction of requests failing with 500/503 (0..1)')
    .option('--seed <n>', 'seed of the fault PRNG')
    .action(async (o) => setExit(await runSimcloudCommand(o)));
  registerAwsCommands(program, setExit);
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
