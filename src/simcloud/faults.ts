/**
 * Fault injection: latency, throttling and server errors, drawn from a seeded PRNG so a run is repeatable.
 * Throttling answers each protocol's throttling code (see `protocols/errors.ts`), which the SDKs retry;
 * server errors answer 500 `InternalError` or 503 `ServiceUnavailable`, which the SDKs retry as transient.
 */
import { SimError } from './service.js';
import type { WireProtocol } from './service.js';
import { coreError } from './protocols/errors.js';

/** Fault settings (`cloudwarden simcloud --latency-ms --throttle-rate --error-rate`). */
export interface FaultOptions {
  /** Added to every request, in milliseconds. */
  readonly latencyMs?: number;
  /** Probability (0..1) that a request is throttled. */
  readonly throttleRate?: number;
  /** Probability (0..1) that a request fails with a server error. */
  readonly errorRate?: number;
  /** PRNG seed (default 1). */
  readonly seed?: number;
}

/** mulberry32: a small, fast, seedable 32-bit PRNG. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Counts of injected faults, for tests and the benchmark. */
export interface FaultStats {
  requests: number;
  throttled: number;
  errors: number;
}

/** Decides, per request, whether to delay and which fault (if any) to inject. */
export class FaultInjector {
  private readonly random: () => number;
  readonly stats: FaultStats = { requests: 0, throttled: 0, errors: 0 };

  constructor(private readonly opts: FaultOptions = {}) {
    for (const [name, v] of [['throttleRate', opts.throttleRate], ['errorRate', opts.errorRate]] as const) {
      if (v !== undefined && !(v >= 0 && v <= 1)) throw new RangeError(`${name} must be between 0 and 1, got ${v}`);
    }
    if (opts.latencyMs !== undefined && !(opts.latencyMs >= 0)) throw new RangeError(`latencyMs must be >= 0, got ${opts.latencyMs}`);
    this.random = prng(opts.seed ?? 1);
  }

  /** Waits the configured latency. */
  async delay(): Promise<void> {
    const ms = this.opts.latencyMs ?? 0;
    if (ms > 0) await new Promise((r) => setTimeout(r, ms));
  }

  /** The fault to answer this request with, or undefined to serve it. */
  pick(protocol: WireProtocol): SimError | undefined {
    this.stats.requests++;
    const r = this.random();
    const throttle = this.opts.throttleRate ?? 0;
    const error = this.opts.errorRate ?? 0;
    if (r < throttle) {
      this.stats.throttled++;
      return coreError(protocol, 'throttled', 'Rate exceeded');
    }
    if (r < throttle + error) {
      this.stats.errors++;
      return this.random() < 0.5
        ? new SimError('InternalError', 'We encountered an internal error. Please try again.', 500)
        : new SimError('ServiceUnavailable', 'Service is unavailable. Please try again.', 503);
    }
    return undefined;
  }
}
