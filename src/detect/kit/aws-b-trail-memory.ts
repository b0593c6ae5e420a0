import type { AuditEvent } from '../../model/audit/event.js';
import { asString, lastSegment, req } from './aws-b-params.js';

/**
 * What the logs said last about each trail (its bucket, its selectors), for detections that judge a
 * change against the previous value: UpdateTrail and PutEventSelectors log only the new value. Keyed by
 * account, region and trail name, since calls name a trail by name or by ARN.
 */
export class TrailMemory<T> {
  private readonly last = new Map<string, T>();

  /** The previous value for the event's trail (undefined when the logs never showed one), then remembers `value`. */
  swap(e: AuditEvent, value: T): T | undefined {
    const key = trailKey(e);
    const before = this.last.get(key);
    this.last.set(key, value);
    return before;
  }
}

export function trailKey(e: AuditEvent): string {
  const name = asString(req(e, 'name')) ?? asString(req(e, 'trailName')) ?? '?';
  const arn = /^arn:aws[a-z-]*:cloudtrail:([^:]+):(\d{12}):trail\/(.+)$/.exec(name);
  return arn ? `${arn[2]}/${arn[1]}/${arn[3]}` : `${e.account ?? '?'}/${e.region ?? '?'}/${lastSegment(name)}`;
}
