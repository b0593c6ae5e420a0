/**
 * Where iam-simulate, our test oracle, departs from AWS's documentation. Each departure has a name, the
 * documentation it contradicts, and a correction of the inputs that removes it: a disagreement belongs to a
 * class only if the oracle, re-run on the corrected inputs, then agrees with us. The differential test and
 * `npm run bench -- iam` report disagreements per class and fail or flag any that fit none.
 */
import { serviceSupportsRcps } from '../iam-reference.js';
import type { ApplicablePolicies, Decision, NamedPolicy } from '../types.js';
import type { GeneratedCase } from './cases.js';
import { oracleDecision, toSimulation } from './oracle.js';

/** The same policies with the condition values of `key` rewritten one by one. */
function rewriteConditionValues(policies: ApplicablePolicies, key: RegExp, change: (value: unknown) => unknown): ApplicablePolicies {
  const rewrite = (p: NamedPolicy): NamedPolicy => ({
    id: p.id,
    document: JSON.parse(JSON.stringify(p.document), (k, value: unknown) =>
      key.test(k) ? (Array.isArray(value) ? value.map(change) : change(value)) : value,
    ) as NamedPolicy['document'],
  });
  const levels = (l: readonly (readonly NamedPolicy[])[]) => l.map((level) => level.map(rewrite));
  return {
    identity: policies.identity.map(rewrite),
    ...(policies.resource ? { resource: rewrite(policies.resource) } : {}),
    ...(policies.permissionsBoundary ? { permissionsBoundary: rewrite(policies.permissionsBoundary) } : {}),
    ...(policies.scps ? { scps: levels(policies.scps) } : {}),
    ...(policies.rcps ? { rcps: levels(policies.rcps) } : {}),
  };
}

/** Named departures of the oracle from AWS's documentation, each with the correction that removes it. */
export const KNOWN_ORACLE_DEPARTURES: readonly { name: string; reference: string; corrected(c: GeneratedCase): ApplicablePolicies | undefined }[] = [
  {
    // iam-simulate reads an epoch policy value as seconds but an ISO request value as milliseconds, so it
    // compares 1767225600 (2026-01-01) with 1735689600000 (2025-01-01) and gets the order wrong.
    name: 'oracle-epoch-seconds-vs-iso-milliseconds',
    reference: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_Date',
    corrected: (c) =>
      rewriteConditionValues(c.policies, /^aws:currenttime$/i, (v) => (typeof v === 'string' && /^\d+$/.test(v) ? new Date(Number(v) * 1000).toISOString() : v)),
  },
  {
    // A bare address in IpAddress/NotIpAddress is a /32 (or /128) block; iam-simulate compares a bare IPv4
    // address with an IPv6 request as "not matching" even under NotIpAddress, where a /32 block would match.
    name: 'oracle-bare-address-vs-other-family',
    reference: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_IPAddress',
    corrected: (c) =>
      rewriteConditionValues(c.policies, /^aws:sourceip$/i, (v) =>
        typeof v === 'string' && /^([\d.]+|[\da-f:]*:[\da-f:]*)$/i.test(v) ? `${v}/${v.includes(':') ? 128 : 32}` : v,
      ),
  },
  {
    // RCPs govern only the services listed as supporting them; iam-simulate applies them to every service.
    name: 'oracle-applies-rcps-to-unsupported-services',
    reference: 'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_rcps.html#rcp-supported-services',
    corrected: (c) => (serviceSupportsRcps(c.request.action.split(':')[0]!.toLowerCase()) ? undefined : { ...c.policies, rcps: [] }),
  },
  {
    // The root user holds every permission of its account without any policy; iam-simulate evaluates it like
    // any principal with no identity policies. The correction gives it the policy its rights amount to.
    name: 'oracle-root-user-without-implicit-permissions',
    reference: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user.html',
    corrected: (c) =>
      c.request.principal.arn.endsWith(':root')
        ? { ...c.policies, identity: [{ id: 'root-user', document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] } }] }
        : undefined,
  },
];

/**
 * The name of the documented oracle departure that explains a disagreement, if one does: each alone first,
 * then all of them together (a case can meet two departures at once).
 */
export function knownOracleDeparture(c: GeneratedCase, ours: Decision): string | undefined {
  const agreesWhenCorrected = (policies: ApplicablePolicies | undefined) => policies !== undefined && oracleDecision(toSimulation(c.request, policies)) === ours;
  const single = KNOWN_ORACLE_DEPARTURES.find((k) => agreesWhenCorrected(k.corrected(c)));
  if (single) return single.name;
  let all: GeneratedCase = c;
  const used: string[] = [];
  for (const k of KNOWN_ORACLE_DEPARTURES) {
    const corrected = k.corrected(all);
    if (corrected === undefined || JSON.stringify(corrected) === JSON.stringify(all.policies)) continue;
    all = { ...all, policies: corrected };
    used.push(k.name);
  }
  return agreesWhenCorrected(all.policies) ? used.join(' + ') : undefined;
}
