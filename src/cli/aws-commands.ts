/**
 * Registers `scan aws` and `permissions aws` on the program (kept out of main.ts so that file stays a list
 * of registrations). The command modules load every collector and SDK client, so they are imported only
 * when one of these commands runs: `iac` and `--help` stay quick to start.
 */
import { Option, type Command } from 'commander';
import { addEvaluationOptions, colorFlag } from './flags.js';

/** Adds the live AWS commands; `setExit` receives each command's exit code. */
export function registerAwsCommands(program: Command, setExit: (code: number) => void): void {
  const scan = program.command('scan').description('scan live cloud accounts');
  const scanAws = scan
    .command('aws')
    .description('discover an AWS account (or a whole organization with --org) through the AWS SDK and evaluate every rule')
    .option('--profile <name>', 'shared config/credentials profile (default: the SDK default chain: env, SSO, instance role, ...)')
    .option('--role-arn <arn>', 'assume this role first and scan its account')
    .option('--external-id <id>', 'external id for --role-arn and the --org member roles')
    .option('--regions <list>', 'only these regions (comma-separated; default: every region enabled for each account)')
    .option('--org', 'scan every active account of the organization (run with management-account credentials)')
    .option('--role-name <name>', 'with --org: the role assumed in each member account (default OrganizationAccountAccessRole)')
    .option('--services <list>', 'only these collectors (comma-separated ids, see `permissions aws`)')
    .option('--fail-on-partial', 'exit 1 when any account × region × service was only partly (or not) scanned')
    .option('--concurrency <n>', 'collector runs in flight at once (default 8)')
    .option('--account-concurrency <n>', 'collector runs in flight per account (default 4)')
    .option('--service-concurrency <n>', 'runs of one collector in flight across accounts (default 8)')
    .option('--max-attempts <n>', 'SDK attempts per API call, retries included (default 10)')
    .addOption(new Option('--retry-mode <mode>', 'SDK retry mode').choices(['adaptive', 'standard']));
  addEvaluationOptions(scanAws)
    .action(async (o) => {
      const { runScanAwsCommand } = await import('./scan-aws-command.js');
      setExit(await runScanAwsCommand({ ...o, color: colorFlag(o) }));
    });

  const permissions = program.command('permissions').description('the permissions a live scan needs');
  permissions
    .command('aws')
    .description('print the least-privilege read-only IAM policy derived from every collector')
    .addOption(new Option('--format <format>', 'output format').choices(['json', 'table']).default('json'))
    .action(async (o: { format: 'json' | 'table' }) => {
      const { renderPermissions } = await import('./permissions-command.js');
      process.stdout.write(renderPermissions(o.format));
    });
}
