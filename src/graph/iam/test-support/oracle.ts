/**
 * The oracle of the differential test and the bench: @cloud-copilot/iam-simulate (AGPL-3.0, a devDependency).
 * Only tests and benchmarks may import this file (a dependency-cruiser rule keeps it out of shipped code, and
 * the build excludes test-support/). It runs iam-simulate's unvalidated entry point, which evaluates the
 * same inputs without re-validating them on every call (our generator only produces valid policies).
 */
import { anonymousPrincipal, runUnsafeSimulation, type Simulation } from '@cloud-copilot/iam-simulate';
import type { ApplicablePolicies, AuthorizationRequest, Decision, NamedPolicy } from '../types.js';

const DECISIONS: Record<string, Decision> = { Allowed: 'Allow', ExplicitlyDenied: 'ExplicitDeny', ImplicitlyDenied: 'ImplicitDeny' };

function orgLevels(levels: readonly (readonly NamedPolicy[])[] | undefined, prefix: string): Simulation['serviceControlPolicies'] {
  return (levels ?? []).map((level, i) => ({ orgIdentifier: `${prefix}-${i}`, policies: level.map((p) => ({ name: p.id, policy: p.document })) }));
}

/** The same request and policies in iam-simulate's shape. */
export function toSimulation(request: AuthorizationRequest, policies: ApplicablePolicies): Simulation {
  const context: Record<string, string | string[]> = {};
  for (const [k, v] of Object.entries(request.context ?? {})) context[k] = typeof v === 'string' ? v : [...v];
  return {
    request: {
      principal: request.principal.arn === '*' ? anonymousPrincipal : request.principal.arn,
      action: request.action,
      resource: { resource: request.resource, accountId: request.resourceAccount ?? '' },
      contextVariables: context,
    },
    identityPolicies: policies.identity.map((p) => ({ name: p.id, policy: p.document })),
    serviceControlPolicies: orgLevels(policies.scps, 'ou'),
    resourceControlPolicies: orgLevels(policies.rcps, 'rcp-ou'),
    // The unvalidated entry point loads the resource policy without a name and then reads it; a pre-validated
    // policy (iam-policy's ValidatedPolicy shape) carries its name through.
    ...(policies.resource
      ? { resourcePolicy: { __validated: true, policyDocument: policies.resource.document, metadata: { name: policies.resource.id }, errors: [] } }
      : {}),
    ...(policies.permissionsBoundary ? { permissionBoundaryPolicies: [{ name: policies.permissionsBoundary.id, policy: policies.permissionsBoundary.document }] } : {}),
  };
}

/** iam-simulate's decision for an already converted simulation. */
export function oracleDecision(simulation: Simulation): Decision {
  const r = runUnsafeSimulation(simulation, {});
  const d = DECISIONS[r];
  if (!d) throw new Error(`iam-simulate returned ${r}`);
  return d;
}
