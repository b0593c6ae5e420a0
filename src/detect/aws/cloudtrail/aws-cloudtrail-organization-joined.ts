import { defineDetection } from '../../kit/detection.js';
import { callEvenViaService, who } from '../../kit/aws-a-events.js';

/** A field of the logged handshake, whichever case the log used (`action` or `Action`). */
function field(o: unknown, key: string): unknown {
  if (typeof o !== 'object' || o === null) return undefined;
  const r = o as Record<string, unknown>;
  return r[key] ?? r[key[0]!.toUpperCase() + key.slice(1)];
}

export default defineDetection({
  id: 'aws-cloudtrail-organization-joined',
  kind: 'event',
  services: ['organizations'],
  actions: ['AcceptHandshake'],
  title: 'Account accepted an invitation to join an organization',
  severity: 'medium',
  provider: 'aws',
  mitre: { tactic: 'Defense Evasion', technique: 'T1666', techniqueName: 'Modify Cloud Resource Hierarchy' },
  description: "The account accepted an organization's invitation (AcceptHandshake). An account can only join after leaving its previous organization; together with a LeaveOrganization this moves the account, its resources and its bill under someone else's management account, whose owners then control it through SCPs and the access role.",
  falsePositives: 'Bringing a standalone account into the company organization, or a planned move between organizations; check the organization id in the message is the company\'s, and list the company\'s management account as known to keep it quiet.',
  references: ['https://docs.aws.amazon.com/organizations/latest/APIReference/API_AcceptHandshake.html'],
  match(e, ctx) {
    if (!callEvenViaService(e, 'organizations', ['AcceptHandshake'])) return undefined;
    const h = field(e.response, 'handshake');
    const action = field(h, 'action');
    // Other handshakes (enabling all features) are the management account's business, not a move.
    if (action !== undefined && action !== 'INVITE') return undefined;
    const parties = field(h, 'parties');
    const org = Array.isArray(parties) ? parties.find((p) => field(p, 'type') === 'ORGANIZATION') : undefined;
    const orgId = field(org, 'id');
    // The handshake ARN names the inviting management account: arn:aws:organizations::<account>:handshake/...
    const arn = field(h, 'arn');
    const manager = typeof arn === 'string' ? /^arn:[^:]+:organizations::(\d{12}):/.exec(arn)?.[1] : undefined;
    if (manager && ctx.knownAccounts.has(manager)) return undefined;
    return `${who(e)} made account ${e.account ?? '(unknown)'} join organization ${typeof orgId === 'string' ? orgId : '(unknown)'}${manager ? ` managed by account ${manager}` : ''}`;
  },
});
