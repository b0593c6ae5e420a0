import type { AuditEvent } from '../../../model/audit/event.js';
import { defineDetection, type DetectorState } from '../../kit/detection.js';
import { asString, lambdaCall, lastSegment, req } from '../../kit/aws-b-params.js';

/** Function name from `functionName`, which may be a name, a partial or a full ARN (with a qualifier). */
function functionOf(e: AuditEvent): string | undefined {
  const name = asString(req(e, 'functionName'));
  if (!name) return undefined;
  const arn = /^arn:aws[a-z-]*:lambda:[^:]+:\d{12}:function:([^:]+)/.exec(name);
  return arn ? arn[1] : lastSegment(name);
}

/** The first few earlier deployers by name, and how many more (a shared function may have hundreds). */
function earlier(seen: ReadonlySet<string>): string {
  const names: string[] = [];
  for (const id of seen) {
    if (names.length === 3) break;
    names.push(lastSegment(id));
  }
  return seen.size > names.length ? `${names.join(', ')} and ${seen.size - names.length} other${seen.size - names.length > 1 ? 's' : ''}` : names.join(', ');
}

/**
 * Per function, the principals seen changing its code. The first one seen is taken as its owner (the
 * deployment pipeline, usually); a different principal changing the code later is the signal.
 */
export function codeOwnersState(): DetectorState {
  const updaters = new Map<string, Set<string>>();
  return {
    push(e) {
      if (!lambdaCall(e, 'UpdateFunctionCode', 'CreateFunction')) return [];
      const fn = functionOf(e);
      if (!fn) return [];
      const key = `${e.account ?? ''}/${e.region ?? ''}/${fn}`;
      const seen = updaters.get(key);
      if (!seen) {
        updaters.set(key, new Set([e.actor.id]));
        return [];
      }
      if (seen.has(e.actor.id)) return [];
      const message = `${e.actor.name} changed the code of function ${fn}, until now deployed only by ${earlier(seen)}`;
      seen.add(e.actor.id);
      return [{ message, events: [e] }];
    },
    flush: () => [],
  };
}

export default defineDetection({
  id: 'aws-cloudtrail-lambda-code-updated-new-principal',
  kind: 'stateful',
  services: ['lambda'],
  title: 'A Lambda function\'s code was changed by a new principal',
  severity: 'low',
  provider: 'aws',
  mitre: { tactic: 'Execution', technique: 'T1648', techniqueName: 'Serverless Execution' },
  description: 'UpdateFunctionCode by a principal other than the one that created or deployed the function earlier in the logs: functions are normally deployed by one pipeline role, and replacing their code is a way to run code with the function\'s role, or to backdoor it.',
  falsePositives: 'A second pipeline, or an engineer hot-fixing by hand. The first updater seen in the logs is taken as the owner, so the very first update of each function is never reported.',
  references: ['https://docs.aws.amazon.com/lambda/latest/api/API_UpdateFunctionCode.html'],
  create: () => codeOwnersState(),
});
