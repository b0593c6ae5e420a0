/**
 * `cloudwarden permissions aws`: the least-privilege, read-only IAM policy a scan needs, derived from what
 * every collector declares (plus the few calls the scan itself makes to find accounts and regions), so the
 * policy can never drift from the code.
 */
import { COLLECTOR_MODULES } from '../sources/live/aws/collectors/catalog.generated.js';
import type { CollectorDefinition } from '../sources/live/aws/collector.js';
import { SCAN_PERMISSIONS } from '../sources/live/aws/scan.js';

/** An IAM policy document with one Allow statement. */
export interface PermissionsPolicy {
  readonly Version: '2012-10-17';
  readonly Statement: readonly [{ readonly Sid: string; readonly Effect: 'Allow'; readonly Action: readonly string[]; readonly Resource: '*' }];
}

/** Sorted, unique actions of the collectors plus the scan's own. */
export function requiredActions(collectors: readonly CollectorDefinition[] = COLLECTOR_MODULES.map((m) => m.module)): string[] {
  const all = new Set<string>(SCAN_PERMISSIONS);
  for (const c of collectors) for (const p of c.permissions) all.add(p);
  return [...all].sort((a, b) => a.localeCompare(b, 'en'));
}

/** The policy document. */
export function permissionsPolicy(collectors?: readonly CollectorDefinition[]): PermissionsPolicy {
  return { Version: '2012-10-17', Statement: [{ Sid: 'CloudwardenReadOnlyScan', Effect: 'Allow', Action: requiredActions(collectors), Resource: '*' }] };
}

/** Renders `permissions aws` as JSON (the policy, ready for `aws iam create-policy`) or a readable table. */
export function renderPermissions(format: 'json' | 'table', collectors?: readonly CollectorDefinition[]): string {
  const policy = permissionsPolicy(collectors);
  if (format === 'json') return `${JSON.stringify(policy, null, 2)}\n`;
  const actions = policy.Statement[0].Action;
  const byService = new Map<string, string[]>();
  for (const a of actions) {
    const [svc = a, name = ''] = a.split(':');
    const l = byService.get(svc);
    if (l) l.push(name);
    else byService.set(svc, [name]);
  }
  const lines = [`cloudwarden scan aws needs ${actions.length} read-only actions across ${byService.size} services (Resource "*"):`, ''];
  for (const [svc, names] of byService) lines.push(`  ${svc.padEnd(20)} ${names.join(', ')}`);
  lines.push(
    '',
    'With --org, the scanning principal in the management account also needs sts:AssumeRole on each member',
    "account's --role-name role (default OrganizationAccountAccessRole), whose own policy should grant only the",
    'actions above. Print the policy document with --format json.',
  );
  return `${lines.join('\n')}\n`;
}
