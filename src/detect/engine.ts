import type { AuditEvent } from '../model/audit/event.js';
import type { Severity } from '../model/core/index.js';
import type { DetectContext, DetectionDefinition, DetectorState, SequenceDetection, Signal, ThresholdDetection } from './kit/detection.js';

/** One fired detection, as stored and reported. */
export interface DetectionResult {
  readonly detectionId: string;
  readonly title: string;
  readonly severity: Severity;
  /** Time of the event that fired it (ISO-8601). */
  readonly time: string;
  readonly firstTime: string;
  readonly principal: { readonly id: string; readonly name: string; readonly type: string };
  readonly sourceIp?: string;
  readonly account?: string;
  readonly region?: string;
  readonly message: string;
  readonly mitre: DetectionDefinition['mitre'];
  /** The event ids that fired it, in time order (all of them, up to MAX_EVENT_IDS; `eventCount` has the total). */
  readonly events: readonly string[];
  readonly eventCount: number;
  /** Resources the events name (ARNs or ids), de-duplicated. */
  readonly resources: readonly string[];
  readonly provider: DetectionDefinition['provider'];
}

/** A detection that fired on a thousand events cites the first thousand. */
export const MAX_EVENT_IDS = 1000;

/**
 * Runs detections over a stream of events, handing each result to `sink` as it fires. Memory is bounded
 * by the detectors' windows, not by the input: threshold and sequence state older than its window is
 * dropped as time moves on.
 */
export async function runDetections(events: AsyncIterable<AuditEvent> | Iterable<AuditEvent>, detections: readonly DetectionDefinition[], ctx: DetectContext, sink: (r: DetectionResult) => void): Promise<{ events: number }> {
  const states = detections.map((d) => ({ d, state: stateFor(d, ctx) }));
  let n = 0;
  for await (const e of events) {
    n++;
    for (const { d, state } of states) for (const s of state.push(e)) sink(result(d, s));
  }
  for (const { d, state } of states) for (const s of state.flush()) sink(result(d, s));
  return { events: n };
}

function stateFor(d: DetectionDefinition, ctx: DetectContext): DetectorState {
  switch (d.kind) {
    case 'event':
      return {
        push: (e) => {
          const m = d.match(e, ctx);
          return m === undefined ? [] : [{ message: m, events: [e] }];
        },
        flush: () => [],
      };
    case 'threshold':
      return thresholdState(d, ctx);
    case 'sequence':
      return sequenceState(d, ctx);
    case 'stateful':
      return d.create(ctx);
  }
}

interface Window {
  events: AuditEvent[];
  values: Map<string, number>;
  last: number;
}

/** Sliding window per group; fires once the count (or distinct count) reaches the threshold, then starts over. */
function thresholdState(d: ThresholdDetection, ctx: DetectContext): DetectorState {
  const groups = new Map<string, Window>();
  let sweepAt = 0;
  return {
    push(e) {
      if (!d.filter(e, ctx)) return [];
      const key = d.groupBy(e);
      if (key === undefined) return [];
      sweep(groups, e.time - d.windowMs, e.time, (t) => (sweepAt = t), sweepAt, d.windowMs);
      let w = groups.get(key);
      if (!w) groups.set(key, (w = { events: [], values: new Map(), last: e.time }));
      w.events.push(e);
      w.last = Math.max(w.last, e.time);
      if (d.distinct) for (const v of ([] as string[]).concat(d.distinct(e) ?? [])) w.values.set(v, (w.values.get(v) ?? 0) + 1);
      // Drop what fell out of the window (events are nearly time-ordered; a late one stays until it ages out).
      while (w.events.length > 0 && w.events[0]!.time < e.time - d.windowMs) {
        const old = w.events.shift()!;
        if (d.distinct) for (const v of ([] as string[]).concat(d.distinct(old) ?? [])) {
          const c = (w.values.get(v) ?? 1) - 1;
          if (c <= 0) w.values.delete(v);
          else w.values.set(v, c);
        }
      }
      const count = d.distinct ? w.values.size : w.events.length;
      if (count < d.threshold) return [];
      groups.delete(key);
      return [{ message: d.message(key, count), events: w.events }];
    },
    flush: () => [],
  };
}

function sweep<T extends { last: number }>(groups: Map<string, T>, before: number, now: number, setAt: (t: number) => void, at: number, windowMs: number): void {
  // At most once per window of event time: drop groups idle for longer than the window.
  if (now - at < windowMs) return;
  setAt(now);
  for (const [k, g] of groups) if (g.last < before) groups.delete(k);
}

interface Progress {
  step: number;
  events: AuditEvent[];
  start: number;
  last: number;
}

/** Ordered steps per group within a window from the first step. */
function sequenceState(d: SequenceDetection, ctx: DetectContext): DetectorState {
  const groups = new Map<string, Progress>();
  let sweepAt = 0;
  return {
    push(e) {
      const key = d.groupBy(e);
      if (key === undefined) return [];
      sweep(groups, e.time - d.windowMs, e.time, (t) => (sweepAt = t), sweepAt, d.windowMs);
      let p = groups.get(key);
      if (p && e.time - p.start > d.windowMs) {
        groups.delete(key);
        p = undefined;
      }
      if (!p) {
        if (!d.steps[0]!(e, ctx)) return [];
        if (d.steps.length === 1) return [{ message: d.message(key, [e]), events: [e] }];
        groups.set(key, { step: 1, events: [e], start: e.time, last: e.time });
        return [];
      }
      if (!d.steps[p.step]!(e, ctx)) return [];
      p.events.push(e);
      p.last = e.time;
      if (++p.step < d.steps.length) return [];
      groups.delete(key);
      return [{ message: d.message(key, p.events), events: p.events }];
    },
    flush: () => [],
  };
}

function result(d: DetectionDefinition, s: Signal): DetectionResult {
  const sorted = [...s.events].sort((a, b) => a.time - b.time);
  const last = sorted[sorted.length - 1]!;
  const first = sorted[0]!;
  const resources = new Set<string>();
  for (const e of sorted) for (const r of e.resources) if (resources.size < 100) resources.add(r.id);
  return {
    detectionId: d.id,
    title: d.title,
    severity: s.severity ?? d.severity,
    time: new Date(last.time).toISOString(),
    firstTime: new Date(first.time).toISOString(),
    principal: { id: last.actor.id, name: last.actor.name, type: last.actor.type },
    ...(last.sourceIp ? { sourceIp: last.sourceIp } : {}),
    ...(last.account ? { account: last.account } : {}),
    ...(last.region ? { region: last.region } : {}),
    message: s.message,
    mitre: d.mitre,
    events: sorted.slice(0, MAX_EVENT_IDS).map((e) => e.id),
    eventCount: sorted.length,
    resources: [...resources],
    provider: d.provider,
  };
}
