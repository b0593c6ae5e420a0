import type { AuditEvent } from '../../model/audit/event.js';
import type { DetectorState, Signal } from './detection.js';
import { asBool, asString, principalCall, req, succeeded, who } from './aws-b-params.js';
import { TrailMemory } from './aws-b-trail-memory.js';

/** A boolean trail setting as CreateTrail and UpdateTrail name it, with CreateTrail's default. */
export interface TrailFlag {
  readonly param: 'isMultiRegionTrail' | 'includeGlobalServiceEvents' | 'enableLogFileValidation';
  readonly createDefault: boolean;
  /** What turning it off means, for messages ("stop logging other regions"). */
  readonly lost: string;
}

/**
 * Detector state for "a trail setting went from on to off". UpdateTrail logs only the new values, and
 * templates send every setting on every update, so each trail's settings are remembered from CreateTrail
 * and earlier updates: on to off is the signal; off with no earlier record is reported at `unknownSeverity`
 * (the log alone cannot say whether it changed); off again is quiet.
 */
export function trailFlagsState(flags: readonly TrailFlag[], unknownSeverity: Signal['severity']): DetectorState {
  const memory = new Map(flags.map((f) => [f.param, new TrailMemory<boolean>()]));
  return {
    push(e: AuditEvent) {
      if (e.service !== 'cloudtrail' || !succeeded(e) || (e.action !== 'CreateTrail' && e.action !== 'UpdateTrail')) return [];
      const lost: string[] = [];
      let known = true;
      for (const f of flags) {
        const value = asBool(req(e, f.param)) ?? (e.action === 'CreateTrail' ? f.createDefault : undefined);
        if (value === undefined) continue;
        const before = memory.get(f.param)!.swap(e, value);
        if (e.action === 'CreateTrail' || value || before === false) continue;
        lost.push(f.lost);
        if (before === undefined) known = false;
      }
      if (lost.length === 0 || !principalCall(e, 'cloudtrail', 'UpdateTrail')) return [];
      const trail = asString(req(e, 'name')) ?? '(unnamed)';
      const note = known ? '' : ' (earlier settings not in these logs)';
      return [{ message: `${who(e)} made trail ${trail} ${lost.join(' and ')}${note}`, events: [e], ...(known ? {} : { severity: unknownSeverity }) }];
    },
    flush: () => [],
  };
}
