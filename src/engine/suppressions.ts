import type { Resource } from '../model/core/index.js';
import type { Finding, Mute } from '../findings/finding.js';
import { globMatch } from '../shared/glob.js';
import type { CloudwardenConfig, MuteRule } from './config.js';

/** An inline `cloudwarden:ignore` comment, as IaC sources report them. */
export interface InlineMute {
  readonly file: string;
  readonly line: number;
  readonly ruleId: string;
  readonly reason: string;
}

/** Whether a mute with this expiry date still applies on `now` (the whole expiry day included). */
export function stillActive(expires: string | undefined, now: Date): boolean {
  if (!expires) return true;
  return now.getTime() <= Date.parse(`${expires}T23:59:59.999Z`);
}

function ruleMatches(pattern: string | undefined, ruleId: string): boolean {
  if (!pattern) return true;
  return pattern.endsWith('*') ? ruleId.startsWith(pattern.slice(0, -1)) : pattern === ruleId;
}

function configMute(m: MuteRule, f: Finding, r: Resource | undefined): boolean {
  if (!ruleMatches(m.rule, f.ruleId)) return false;
  if (m.resource && ![f.resource.id, f.resource.address ?? '', f.resource.name].some((v) => v && globMatch(m.resource!, v))) return false;
  if (m.path && !(f.location && (globMatch(m.path, f.location.file) || globMatch(`**/${m.path}`, f.location.file)))) return false;
  if (m.tags) {
    const tags = r?.tags.kind !== 'unresolvable' ? (r?.tags.value ?? {}) : undefined;
    if (!tags) return false;
    for (const [k, v] of Object.entries(m.tags)) if (!(k in tags) || (v !== '*' && tags[k] !== v)) return false;
  }
  return true;
}

/**
 * An inline comment mutes the findings of its rule on the resource whose block contains the comment line,
 * or whose block starts on the line after it (a comment just above the block).
 */
function inlineMute(m: InlineMute, f: Finding, r: Resource | undefined): boolean {
  if (m.ruleId !== f.ruleId && m.ruleId !== 'all') return false;
  if (!r || r.origin.kind !== 'iac' || r.origin.file !== m.file) return false;
  return m.line >= r.origin.startLine - 1 && m.line <= r.origin.endLine;
}

export interface MuteOutcome {
  readonly findings: Finding[];
  /** Config mutes whose expiry date has passed: reported so users renew or drop them. */
  readonly expired: readonly MuteRule[];
}

/** Applies severity overrides, inline comments and config mutes. Muted findings keep their status, flagged. */
export function applyMutes(
  findings: readonly Finding[],
  resources: ReadonlyMap<string, Resource>,
  inline: readonly InlineMute[],
  config: CloudwardenConfig,
  now: Date = new Date(),
): MuteOutcome {
  const active = config.mutes.filter((m) => stillActive(m.expires, now));
  const expired = config.mutes.filter((m) => !stillActive(m.expires, now));
  const out = findings.map((f) => {
    const sev = config.severityOverrides[f.ruleId];
    let g: Finding = sev ? { ...f, severity: sev } : f;
    const r = resources.get(f.resource.id);
    const il = inline.find((m) => inlineMute(m, g, r));
    let mute: Mute | undefined = il ? { reason: il.reason, by: 'inline' } : undefined;
    if (!mute) {
      const cm = active.find((m) => configMute(m, g, r));
      if (cm) mute = { reason: cm.reason, by: 'config', ...(cm.expires ? { expires: cm.expires } : {}) };
    }
    if (mute) g = { ...g, muted: mute };
    return g;
  });
  return { findings: out, expired };
}
