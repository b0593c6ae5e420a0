import type { Command } from 'commander';

/** Repeatable option: every occurrence is kept (`--format json --format sarif`). */
export const collect = (v: string, prev: string[]): string[] => [...prev, v];

/** Commander defaults a `--no-color` flag to true; only an explicit --no-color decides, else the terminal does. */
export const colorFlag = (o: { color?: boolean }): false | undefined => (o.color === false ? false : undefined);

/**
 * The flags every command that evaluates rules shares (`iac`, `scan aws`, `import aws-config`): rule selection,
 * exit threshold, outputs, mutes config, the findings store and terminal behaviour — one definition, so the
 * commands cannot drift apart.
 */
export function addEvaluationOptions(cmd: Command): Command {
  return cmd
    .option('--rule <id|severity>', 'run only these rules (ids, prefixes ending in *, or severities; repeatable, comma-separated)', collect, [])
    .option('--skip-rule <id|severity>', 'skip these rules (same forms; repeatable)', collect, [])
    .option('--severity <level>', 'run only rules at or above this severity')
    .option('--no-graph', 'skip the identity and attack-path graph: no aws-iam-privesc-* or aws-attack-path-* findings and no attack-path risk factor')
    .option('--fail-on <level>', 'exit 1 only for failing findings at or above this severity', 'info')
    .option('--format <format>', 'table, json, sarif, junit, csv (repeatable; several need --output-dir)', collect, [])
    .option('--output-file <file>', 'write the (single) format to this file')
    .option('--output-dir <dir>', 'write each format to DIR/cloudwarden.<ext>')
    .option('--soft-fail', 'exit 0 even when findings fail')
    .option('--config <file>', 'cloudwarden config with mutes and severity overrides (default ./.cloudwarden.yaml)')
    .option('--show-passed', 'list passing checks in the table too')
    .option('--db <path>', 'findings store (default $CLOUDWARDEN_DB or ~/.cloudwarden/cloudwarden.db)')
    .option('--no-store', 'do not record this scan in the findings store')
    .option('--no-color', 'plain output')
    .option('-q, --quiet', 'no progress display');
}
