import type { AuditEvent } from '../../model/audit/event.js';
import type { DetectContext, DetectorState, Signal } from './detection.js';
import { isOp, phaseOf, type OperationBodies } from './azure-events.js';

/**
 * Azure logs one write as several records that share a correlation id: the Started record carries the
 * request body, the Succeeded record the outcome and, for some resource providers only, a response body.
 * A detection that judges what was written therefore has to pair them: this state keeps each Started
 * request body (bounded in number and age) until its operation completes, then judges the completed
 * operation with the request of its Started record (or its own, when it has one) and its response.
 * A failed operation is dropped; a completed one without any body is judged on an empty body.
 */
export type OperationJudge = (e: AuditEvent, bodies: OperationBodies, ctx: DetectContext) => string | undefined;

/** Started requests kept at most this long and this many (a deployment logs thousands at once). */
const MAX_AGE_MS = 6 * 3_600_000;
const MAX_PENDING = 20_000;

export function completedOperations(operations: readonly string[], judge: OperationJudge): (ctx: DetectContext) => DetectorState {
  return (ctx) => {
    const pending = new Map<string, { request: Record<string, unknown>; time: number }>();
    return {
      push(e: AuditEvent): Signal[] {
        if (!isOp(e, ...operations)) return [];
        const key = operationKey(e);
        const phase = phaseOf(e);
        if (phase === 'Started' || phase === 'Accepted') {
          if (e.request && key) remember(pending, key, e.request, e.time);
          return [];
        }
        const started = key ? pending.get(key) : undefined;
        if (key) pending.delete(key);
        if (e.errorCode !== undefined || (phase !== undefined && phase !== 'Succeeded')) return [];
        const request = e.request ?? started?.request;
        const message = judge(e, { ...(request ? { request } : {}), ...(e.response ? { response: e.response } : {}) }, ctx);
        return message === undefined ? [] : [{ message, events: [e] }];
      },
      flush: () => [],
    };
  };
}

/** Correlation id, operation and resource: a deployment shares one correlation id across all its operations. */
function operationKey(e: AuditEvent): string | undefined {
  const correlation = e.additional?.['correlationId'];
  if (typeof correlation !== 'string') return undefined;
  return `${correlation}|${e.action.toLowerCase()}|${(e.resources[0]?.id ?? '').toLowerCase()}`;
}

function remember(pending: Map<string, { request: Record<string, unknown>; time: number }>, key: string, request: Record<string, unknown>, time: number): void {
  pending.delete(key);
  pending.set(key, { request, time });
  // Insertion order is age order (nearly: events are nearly time-ordered), so the oldest go first.
  for (const [k, v] of pending) {
    if (pending.size <= MAX_PENDING && v.time >= time - MAX_AGE_MS) break;
    pending.delete(k);
  }
}
