/**
 * "All traffic" questions about network ACLs: walking the entries of one direction in rule-number order, as
 * AWS does, does traffic of every protocol from (or to) the whole internet meet an allow before a deny?
 * Entries for narrower CIDRs or single protocols only decide part of the traffic, so they are skipped.
 */
import { isKnown, type Value } from '../../model/core/index.js';
import type { NetworkAclEntry } from '../../model/aws/ec2.js';
import { evidence } from './outcome.js';
import type { Evidence } from './rule.js';
import { WORLD_IPV4, WORLD_IPV6, isAllProtocols } from './network.js';

export interface NaclAllVerdict {
  /** true: the first deciding entry allows everything; false: a deny decides first or nothing matches; undefined: unknown. */
  readonly open: boolean | undefined;
  readonly message: string;
  readonly evidence: readonly Evidence[];
  readonly entry?: NetworkAclEntry;
}

function entryEvidence(i: number, e: NetworkAclEntry): Evidence[] {
  const p = `entries[${i}]`;
  return [evidence(`${p}.ruleNumber`, e.ruleNumber), evidence(`${p}.action`, e.action), evidence(`${p}.protocol`, e.protocol), evidence(`${p}.cidrBlock`, e.cidrBlock), evidence(`${p}.ipv6CidrBlock`, e.ipv6CidrBlock)];
}

/** Does all traffic from (ingress) or to (egress) the whole `family` meet an allow first? */
export function naclAllTrafficVerdict(entries: Value<readonly NetworkAclEntry[]>, family: 'ipv4' | 'ipv6', egress: boolean): NaclAllVerdict {
  const dir = egress ? 'egress' : 'ingress';
  if (!isKnown(entries)) return { open: undefined, message: `network ACL entries could not be determined: ${entries.reason ?? 'unresolvable'}`, evidence: [evidence('entries', entries)] };
  const world = family === 'ipv4' ? WORLD_IPV4 : WORLD_IPV6;
  const candidates = entries.value
    .map((e, i) => ({ e, i }))
    .filter(({ e }) => !isKnown(e.egress) || e.egress.value === egress)
    .filter(({ e }) => {
      const cidr = family === 'ipv4' ? e.cidrBlock : e.ipv6CidrBlock;
      return !isKnown(cidr) || cidr.value === world;
    })
    .filter(({ e }) => !isKnown(e.protocol) || isAllProtocols(e.protocol.value));
  const unordered = candidates.find(({ e }) => !isKnown(e.ruleNumber));
  if (unordered) return { open: undefined, message: `entries[${unordered.i}] may decide ${dir} traffic but its rule number is unknown`, evidence: entryEvidence(unordered.i, unordered.e) };
  candidates.sort((a, b) => (a.e.ruleNumber.value as number) - (b.e.ruleNumber.value as number));
  for (const { e, i } of candidates) {
    const cidr = family === 'ipv4' ? e.cidrBlock : e.ipv6CidrBlock;
    if (!isKnown(cidr) || !isKnown(e.protocol) || !isKnown(e.action) || !isKnown(e.egress)) {
      return { open: undefined, message: `entries[${i}] may decide all ${dir} ${family} traffic but its CIDR, protocol, direction or action is unknown`, evidence: entryEvidence(i, e) };
    }
    if (e.action.value === 'allow') return { open: true, message: `entry ${e.ruleNumber.value} allows all ${dir} traffic ${egress ? 'to' : 'from'} ${world}`, evidence: entryEvidence(i, e), entry: e };
    return { open: false, message: `entry ${e.ruleNumber.value} denies all ${dir} traffic ${egress ? 'to' : 'from'} ${world} first`, evidence: entryEvidence(i, e) };
  }
  return { open: false, message: `no ${dir} entry allows all traffic ${egress ? 'to' : 'from'} ${world}`, evidence: [evidence('entries', entries)] };
}
