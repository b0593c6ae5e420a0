import type { AuditEvent } from '../model/audit/event.js';
import type { DetectionRecord } from '../findings/detection.js';
import type { DetectContext, DetectionDefinition, DetectorState, EventDetection, SequenceDetection, Signal, ThresholdDetection } from './kit/detection.js';

/** One fired detection, as reported and stored (the shape is the findings layer's, so the store can keep it). */
export type DetectionResult = DetectionRecord;

/** A detection that fired on a thousand events cites the first thousand. */
export const MAX_EVENT_IDS = 1000;

/** Most events fire nothing: one shared empty answer instead of an allocation per detection and event. */
const NONE: readonly Signal[] = Object.freeze([]);

/**
 * Runs detections over a stream of events (or batches of events), handing each result to `sink` as it fires. Memory is bounded
 * by the detectors' windows, not by the input: threshold and sequence state older than its window is
 * dropped as time moves on.
 */
export async function runDetections(
  events: AsyncIterable<AuditEvent | readonly AuditEvent[]> | Iterable<AuditEvent | readonly AuditEvent[]>,
  detections: readonly DetectionDefinition[],
  ctx: DetectContext,
  sink: (r: DetectionResult) => void,
): Promise<{ events: number }> {
  const states = detections.map((d) => stateFor(d, ctx));
  const route = router(detections);
  let n = 0;
  const one = (e: AuditEvent) => {
    const to = route(e.service, e.action);
    // Indexed loop: this runs (events x detections) times.
    for (let k = 0; k < to.length; k++) {
      const i = to[k]!;
      const fired = states[i]!.push(e);
      if (fired.length > 0) for (const s of fired) sink(result(detections[i]!, s));
    }
  };
  // Events arrive one by one or in batches (readers hand over a chunk's events at once).
  for await (const item of events) {
    if (Array.isArray(item)) {
      for (const e of item as readonly AuditEvent[]) one(e);
      n += item.length;
    } else {
      one(item as AuditEvent);
      n++;
    }
  }
  for (let i = 0; i < states.length; i++) for (const s of states[i]!.flush()) sink(result(detections[i]!, s));
  return { events: n };
}

/**
 * Which detections see an event of a given service and action (in catalogue order): those that declare
 * neither, and those whose declared services and actions include it. Computed once per (service, action)
 * pair seen; a log names a few hundred pairs millions of times, so the lookup is two map reads.
 */
export function router(detections: readonly DetectionDefinition[]): (service: string, action: string) => readonly number[] {
  const byService = new Map<string, Map<string, readonly number[]>>();
  const pick = (service: string, action: string): readonly number[] => {
    const picked: number[] = [];
    detections.forEach((d, i) => {
      if ((!d.services || d.services.includes(service)) && (!d.actions || d.actions.includes(action))) picked.push(i);
    });
    return picked;
  };
  return (service, action) => {
    let actions = byService.get(service);
    if (!actions) {
      // Bounded: a hostile log with millions of invented names must not grow the table without end.
      if (byService.size >= 10_000) return pick(service, action);
      byService.set(service, (actions = new Map()));
    }
    let to = actions.get(action);
    if (!to) {
      to = pick(service, action);
      if (actions.size < 10_000) actions.set(action, to);
    }
    return to;
  };
}

function stateFor(d: DetectionDefinition, ctx: DetectContext): DetectorState {
  switch (d.kind) {
    case 'event':
      if (d.fold) return foldedState(d, d.fold, ctx);
      return {
        push: (e) => {
          const m = d.match(e, ctx);
          return m === undefined ? NONE : [{ message: m, events: [e] }];
        },
        flush: () => NONE,
      };
    case 'threshold':
      return thresholdState(d, ctx);
    case 'sequence':
      return sequenceState(d, ctx);
    case 'stateful':
      return d.create(ctx);
  }
}

interface OpenAlert {
  message: string;
  events: AuditEvent[];
  start: number;
  last: number;
}

/**
 * An event detection whose repeats fold into one alert per key and window: open alerts are reported once
 * event time has moved past their window (checked at most once per window) or at the end of input.
 */
function foldedState(d: EventDetection, fold: NonNullable<EventDetection['fold']>, ctx: DetectContext): DetectorState {
  const open = new Map<string, OpenAlert>();
  let checkedAt = 0;
  const signal = (a: OpenAlert): Signal => ({ message: a.events.length > 1 ? `${a.message} (and ${a.events.length - 1} more like it)` : a.message, events: a.events });
  const close = (before: number): Signal[] => {
    const out: Signal[] = [];
    for (const [k, a] of open) {
      if (a.start >= before) continue;
      open.delete(k);
      out.push(signal(a));
    }
    return out;
  };
  return {
    push(e) {
      const m = d.match(e, ctx);
      let closed: Signal[] | undefined;
      if (e.time - checkedAt >= fold.windowMs) {
        checkedAt = e.time;
        closed = close(e.time - fold.windowMs);
      }
      if (m !== undefined) {
        const key = fold.key(e);
        const a = open.get(key);
        if (a && e.time - a.start <= fold.windowMs) {
          a.events.push(e);
          a.last = e.time;
        } else {
          // The key's previous alert is over: report it, and open a new one with this event.
          if (a) (closed ??= []).push(signal(a));
          open.set(key, { message: m, events: [e], start: e.time, last: e.time });
        }
      }
      return closed && closed.length > 0 ? closed : NONE;
    },
    flush: () => close(Infinity),
  };
}

interface Window {
  /** The window's events from `head` on (a queue: dropping from the front is moving `head`). */
  events: AuditEvent[];
  head: number;
  last: number;
}

/** Sliding window of matching events per group; fires once the count reaches the threshold, then starts over. */
function thresholdState(d: ThresholdDetection, ctx: DetectContext): DetectorState {
  if (d.distinct) return distinctState(d, d.distinct, ctx);
  const groups = new Map<string, Window>();
  let sweepAt = 0;
  return {
    push(e) {
      if (!d.filter(e, ctx)) return NONE;
      const key = d.groupBy(e);
      if (key === undefined) return NONE;
      sweep(groups, e.time - d.windowMs, e.time, (t) => (sweepAt = t), sweepAt, d.windowMs);
      let w = groups.get(key);
      if (!w) groups.set(key, (w = { events: [], head: 0, last: e.time }));
      w.events.push(e);
      w.last = Math.max(w.last, e.time);
      // Drop what fell out of the window (events are nearly time-ordered; a late one stays until it ages out).
      const oldest = e.time - d.windowMs;
      while (w.head < w.events.length && w.events[w.head]!.time < oldest) w.head++;
      if (w.head > 1024 && w.head * 2 > w.events.length) {
        w.events = w.events.slice(w.head);
        w.head = 0;
      }
      const count = w.events.length - w.head;
      if (count < d.threshold) return NONE;
      groups.delete(key);
      return [{ message: d.message(key, count), events: w.events.slice(w.head) }];
    },
    flush: () => NONE,
  };
}

interface DistinctWindow {
  /** Each distinct value in the window with the latest event that carried it. */
  latest: Map<string, AuditEvent>;
  /** No value's event is older than this (a lower bound: a scan tightens it). */
  oldestAt: number;
  last: number;
}

/**
 * Distinct values per group within the window; fires once there are `threshold` of them. A value is in the
 * window while its latest event is, so only that event is kept: a principal's five minutes of reads cost
 * one event per service, not every read. The alert cites those events.
 */
function distinctState(d: ThresholdDetection, distinct: NonNullable<ThresholdDetection['distinct']>, ctx: DetectContext): DetectorState {
  const groups = new Map<string, DistinctWindow>();
  let sweepAt = 0;
  const add = (w: DistinctWindow, value: string, e: AuditEvent) => {
    const prev = w.latest.get(value);
    if (!prev || prev.time <= e.time) w.latest.set(value, e);
  };
  return {
    push(e) {
      if (!d.filter(e, ctx)) return NONE;
      const key = d.groupBy(e);
      if (key === undefined) return NONE;
      const values = distinct(e);
      if (values === undefined) return NONE;
      sweep(groups, e.time - d.windowMs, e.time, (t) => (sweepAt = t), sweepAt, d.windowMs);
      let w = groups.get(key);
      if (!w) groups.set(key, (w = { latest: new Map(), oldestAt: e.time, last: e.time }));
      if (typeof values === 'string') add(w, values, e);
      else for (const v of values) add(w, v, e);
      w.last = Math.max(w.last, e.time);
      w.oldestAt = Math.min(w.oldestAt, e.time);
      const oldest = e.time - d.windowMs;
      if (w.oldestAt < oldest) {
        let min = e.time;
        for (const [v, ev] of w.latest) {
          if (ev.time < oldest) w.latest.delete(v);
          else if (ev.time < min) min = ev.time;
        }
        w.oldestAt = min;
      }
      if (w.latest.size < d.threshold) return NONE;
      groups.delete(key);
      return [{ message: d.message(key, w.latest.size), events: [...new Set(w.latest.values())] }];
    },
    flush: () => NONE,
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
      if (key === undefined) return NONE;
      sweep(groups, e.time - d.windowMs, e.time, (t) => (sweepAt = t), sweepAt, d.windowMs);
      let p = groups.get(key);
      if (p && e.time - p.start > d.windowMs) {
        groups.delete(key);
        p = undefined;
      }
      if (!p) {
        if (!d.steps[0]!(e, ctx)) return NONE;
        if (d.steps.length === 1) return [{ message: d.message(key, [e]), events: [e] }];
        groups.set(key, { step: 1, events: [e], start: e.time, last: e.time });
        return NONE;
      }
      if (!d.steps[p.step]!(e, ctx)) return NONE;
      p.events.push(e);
      p.last = e.time;
      if (++p.step < d.steps.length) return NONE;
      groups.delete(key);
      return [{ message: d.message(key, p.events), events: p.events }];
    },
    flush: () => NONE,
  };
}

function result(d: DetectionDefinition, s: Signal): DetectionResult {
  // Signals cite events in arrival order, which is nearly always time order: sort only when it is not.
  let ordered = true;
  for (let i = 1; i < s.events.length && ordered; i++) ordered = s.events[i - 1]!.time <= s.events[i]!.time;
  const sorted = ordered ? s.events : [...s.events].sort((a, b) => a.time - b.time);
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
