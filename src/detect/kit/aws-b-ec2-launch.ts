import type { AuditEvent } from '../../model/audit/event.js';
import { asList, asNumber, asString, dig, req, resp } from './aws-b-params.js';

/**
 * What a RunInstances call asked for and got: the instance type, how many instances (the launched
 * count from the response when logged, else the requested maximum) and the instance profile.
 */
export interface Launch {
  readonly instanceType?: string;
  readonly count: number;
  readonly instanceProfile?: string;
}

export function launchOf(e: AuditEvent): Launch {
  const launched = asList(resp(e, 'instancesSet')).length;
  const requested = Math.max(0, ...asList(req(e, 'instancesSet')).map((i) => asNumber(dig(i, ['maxCount'])) ?? asNumber(dig(i, ['minCount'])) ?? 1));
  const instanceType = asString(req(e, 'instanceType')) ?? asString(dig(asList(resp(e, 'instancesSet'))[0], ['instanceType']));
  const profile = asString(req(e, 'iamInstanceProfile', 'name')) ?? asString(req(e, 'iamInstanceProfile', 'arn'));
  return { ...(instanceType ? { instanceType } : {}), count: launched > 0 ? launched : requested || 1, ...(profile ? { instanceProfile: profile } : {}) };
}

/**
 * Accelerated instance families (NVIDIA/AMD GPUs, Trainium, Inferentia, FPGAs, Gaudi): what cryptominers
 * launch, and what most accounts never use.
 */
export function isAcceleratedType(instanceType: string): boolean {
  return /^(p\d|g\d|gr\d|trn\d|inf\d|f\d|dl\d|vt\d)[a-z0-9-]*\./.test(instanceType);
}
