#!/usr/bin/env node
// The AWS SDK warns on every run that its releases after January 2027 will need Node 22. cloudwarden pins
// SDK versions that support Node 20 (see package.json engines), so the warning is noise to our users.
process.env['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'] ??= 'true';
import { Argument, Command, CommanderError, Option } from 'commander';
import { UsageError } from '../shared/errors.js';
import { VERSION } from './package-info.js';
import { runIacCommand } from './iac-command.js';
import { addEvaluationOptions, collect, colorFlag } from './flags.js';
import { rulesList, rulesShow } from './rules-command.js';
import { registerAwsCommands } from './aws-commands.js';
import { registerGraphCommands } from './graph-command.js';
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

  const frameworks = program.command('frameworks').description('the compliance frameworks shipped as data');
  frameworks
    .command('list')
    .description('list every framework with its requirement counts (total, automated, manual)')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
    .action(async (o) => {
      const { frameworksList } = await import('./frameworks-command.js');
      process.stdout.write(frameworksList(o));
    });

  program
    .command('compliance')
    .description('score frameworks against a stored scan (default: the latest): per requirement status and evidence')
    .option('--framework <id>', 'framework id (repeatable or comma-separated; default: every framework)', collect, [])
    .option('--scan <id>', 'scan id (default: the newest finished scan)')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json', 'csv', 'html', 'pdf']).default('table'))
    .option('--output-file <file>', 'write to this file instead of stdout')
    .option('--db <path>', 'findings store (default $CLOUDWARDEN_DB or ~/.cloudwarden/cloudwarden.db)')
    .option('--pdf-font <file>', 'TrueType font the PDF embeds so names in any script print ("builtin": Helvetica, Latin-1 only; default $CLOUDWARDEN_PDF_FONT, else an installed DejaVu, Noto, Liberation or Arial)')
    .option('--no-color', 'plain output')
    .action(async (o) => {
      const { runComplianceCommand } = await import('./compliance-command.js');
      setExit(await runComplianceCommand({ ...o, color: colorFlag(o) }));
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
  for (const scanner of ['trivy', 'grype'] as const) {
    const cmd = importConfig.parent!
      .command(scanner)
      .description(`${scanner} container-image scan reports (JSON) onto the ECR images they name`)
      .argument('<files...>', 'report files');
    addEvaluationOptions(cmd).action(async (files: string[], o) => {
      const { runImportImageScanCommand } = await import('./import-command.js');
      setExit(await runImportImageScanCommand(scanner, files, { ...o, color: colorFlag(o) }));
    });
  }

  program
    .command('detect')
    .description('threat detections over cloud audit logs (CloudTrail, Azure Activity Log, GCP Cloud Audit Logs): files, folders, .gz, JSON lines, or - for stdin')
    .addArgument(new Argument('<source>', 'log source').choices(['cloudtrail', 'azure', 'gcp']))
    .argument('<paths...>', 'log files or directories (- reads standard input)')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json', 'ocsf']).default('table'))
    .option('--output-file <file>', 'write to this file instead of stdout')
    .option('--since <time>', 'skip events before this ISO time or duration back from now (24h, 7d)')
    .option('--bad-ips <file>', 'file of hostile IP addresses or CIDR ranges (bad IPs, Tor exits), one per line')
    .option('--geoip <file>', 'city database (MaxMind mmdb) for impossible travel and new-country detections (default: bundled DB-IP City Lite)')
    .option('--no-geoip', 'no geolocation: travel and new-country detections stay silent')
    .option('--regions <list>', 'regions you use (comma-separated): activity elsewhere is reported', collect, [])
    .option('--accounts <list>', 'your organization\'s AWS account ids, or GCP projects and domains (comma-separated): others are external', collect, [])
    .option('--detection <prefix>', 'run only detections whose id starts with this (repeatable)', collect, [])
    .addOption(new Option('--fail-on <severity>', 'exit 1 when a detection at or above this severity fires').choices(['info', 'low', 'medium', 'high', 'critical']).default('low'))
    .option('--assume-role <arn>', 'role to assume for s3:// CloudTrail inputs (the trail bucket\'s account, e.g. log archive)')
    .option('--soft-fail', 'exit 0 even when detections fire')
    .option('--db <path>', 'store for the run and the first-seen baseline (default $CLOUDWARDEN_DB or ~/.cloudwarden/cloudwarden.db)')
    .option('--no-store', 'record nothing (and run without the first-seen baseline)')
    .option('--posture-scan <id>', 'stored posture scan whose identity graph raises detections on principals that reach an administrator (default: the latest)')
    .option('--no-correlate', 'do not correlate with a stored posture scan')
    .option('--quiet', 'no progress output')
    .option('--no-color', 'plain output')
    .action(async (source: 'cloudtrail' | 'azure' | 'gcp', paths: string[], o) => {
      const { runDetectCommand } = await import('./detect-command.js');
      setExit(await runDetectCommand(source, paths, { ...o, color: colorFlag(o) }));
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
  registerGraphCommands(program, setExit);
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
