/**
 * Every privilege-escalation technique the graph knows, and the pass that finds their uses: for each user and
 * role, each technique's concrete escalations, drawn as can-escalate edges (to the account's admin node, or to
 * the principal gained). Uses whose outcome the scan cannot know (`possible`) draw no edge: they become
 * `unknown` findings, never a path.
 *
 * sts:AssumeRole chains are not a technique of their own here: they are the can-assume edges, and paths
 * follow them like any other edge.
 */
import type { Resource } from '../../model/core/index.js';
import type { BuildContext } from '../build-context.js';
import { EXISTING_COMPUTE_TECHNIQUES } from './existing-compute.js';
import { IAM_CREDENTIAL_TECHNIQUES } from './iam-credentials.js';
import { IAM_POLICY_TECHNIQUES } from './iam-policies.js';
import { PASSROLE_TECHNIQUES } from './passrole.js';
import type { Escalation, PrivescEnv, Technique } from './types.js';

export type { Escalation, Gain, Technique } from './types.js';

export const TECHNIQUES: readonly Technique[] = [...IAM_POLICY_TECHNIQUES, ...IAM_CREDENTIAL_TECHNIQUES, ...PASSROLE_TECHNIQUES, ...EXISTING_COMPUTE_TECHNIQUES];

export function techniqueById(id: string): Technique | undefined {
  return TECHNIQUES.find((t) => t.id === id);
}

/** Finds every escalation of every user and role and draws the proven ones as can-escalate edges. */
export function addEscalations(ctx: BuildContext, techniques: readonly Technique[] = TECHNIQUES): Escalation[] {
  const env: PrivescEnv = {
    ctx,
    allowed: (p, action, resource, target) => ctx.access.canDo(p, action, resource, target),
    assumable: (p) => ctx.assumes.get(p.uid) ?? [],
    rolesTrusting: (service) => ctx.trusting.get(service) ?? [],
  };
  const found: Escalation[] = [];
  const principals: Resource[] = [...ctx.ofType('aws.iam.user'), ...ctx.ofType('aws.iam.role')];
  for (const p of principals) {
    // An administrator has nothing to escalate to; asking would cost every technique against every target.
    if (ctx.admins.has(p.uid)) continue;
    const from = ctx.placed(p.uid)!;
    for (const t of techniques) {
      for (const e of t.find(p, env)) {
        found.push(e);
        if (e.certainty !== 'proven') continue;
        const to = e.gain.kind === 'admin' ? ctx.admin(p.account) : ctx.placed(e.gain.target.uid);
        if (to === undefined) continue;
        const gains = e.gain.kind === 'admin' ? 'administrator of the account' : `the permissions of ${e.gain.target.name}`;
        ctx.builder.edge(from, to, 'can-escalate', { summary: `${p.name} gains ${gains} with ${t.id}: ${t.title.charAt(0).toLowerCase()}${t.title.slice(1)}`, steps: e.steps, technique: t.id });
      }
    }
  }
  return found;
}
