import { isKnown, type Severity, type Value } from '../../model/core/index.js';
import type { SecurityGroupRule } from '../../model/aws/ec2.js';
import { at, evidence, fail, pass, unknown } from './outcome.js';
import { defineRule, type Evidence, type Outcome, type RuleDefinition } from './rule.js';
import { isAllProtocols, openToWorld } from './network.js';

/** Transport protocols a listening service may use. */
export type Transport = 'tcp' | 'udp';

const PROTOCOL_NUMBERS: Record<Transport, string> = { tcp: '6', udp: '17' };

/**
 * Tri-state: does the rule admit `port` over `transport`? undefined when protocol or ports are unresolvable.
 * All-protocol rules (`-1`, `all`) admit every port whatever their port fields say (AWS ignores them).
 */
export function coversPort(rule: SecurityGroupRule, port: number, transport: Transport): boolean | undefined {
  const span = portSpan(rule, transport);
  if (span === undefined) return undefined;
  return span !== null && span.from <= port && port <= span.to;
}

/** Tri-state: does the rule admit any of `ports` over any of `transports`? (triAny of coversPort over each pair.) */
export function coversAnyPort(rule: SecurityGroupRule, ports: readonly number[], transports: readonly Transport[]): boolean | undefined {
  let unresolved = false;
  for (const t of transports) {
    const span = portSpan(rule, t);
    if (span === undefined) unresolved ||= ports.length > 0;
    else if (span !== null) for (const p of ports) if (span.from <= p && p <= span.to) return true;
  }
  return unresolved ? undefined : false;
}

/**
 * Tri-state: the port interval the rule opens for `transport`: null when it opens none (another protocol),
 * undefined when unresolvable. -1 bounds (and all-protocol rules) mean 0-65535.
 */
export function portSpan(rule: SecurityGroupRule, transport: Transport): { from: number; to: number } | null | undefined {
  if (!isKnown(rule.protocol)) return undefined;
  const proto = rule.protocol.value.toLowerCase();
  if (isAllProtocols(proto)) return { from: 0, to: 65535 };
  if (proto !== transport && proto !== PROTOCOL_NUMBERS[transport]) return null;
  if (!isKnown(rule.fromPort) || !isKnown(rule.toPort)) return undefined;
  if (rule.fromPort.value === -1 || rule.toPort.value === -1) return { from: 0, to: 65535 };
  return { from: rule.fromPort.value, to: rule.toPort.value };
}

/** The world-wide sources a rule names (`0.0.0.0/0`, `::/0`), for messages. */
export function worldSources(rule: SecurityGroupRule): string {
  const out = [...(isKnown(rule.ipv4Ranges) ? rule.ipv4Ranges.value : []), ...(isKnown(rule.ipv6Ranges) ? rule.ipv6Ranges.value : [])].filter((c) => c === '0.0.0.0/0' || c === '::/0');
  return out.length > 0 ? out.join(' and ') : 'the internet';
}

/** Evidence describing one security-group rule, under `ingress[i]`. */
export function sgRuleEvidence(path: string, rule: SecurityGroupRule): Evidence[] {
  return [
    evidence(`${path}.protocol`, rule.protocol),
    evidence(`${path}.fromPort`, rule.fromPort),
    evidence(`${path}.toPort`, rule.toPort),
    evidence(`${path}.ipv4Ranges`, rule.ipv4Ranges),
    evidence(`${path}.ipv6Ranges`, rule.ipv6Ranges),
  ];
}

/** Combines two tri-states that must both hold: false wins, then unknown, then true. */
export function triBoth(a: boolean | undefined, b: boolean | undefined): boolean | undefined {
  if (a === false || b === false) return false;
  if (a === undefined || b === undefined) return undefined;
  return true;
}

/** Combines tri-states of which one must hold: true wins, then unknown, then false. */
export function triAny(xs: readonly (boolean | undefined)[]): boolean | undefined {
  if (xs.some((x) => x === true)) return true;
  return xs.some((x) => x === undefined) ? undefined : false;
}

/**
 * Judges every ingress rule of a security group with a tri-state predicate: one `fail` per rule that
 * offends (pointing at its line), one `unknown` per rule that might, and a single `pass` when none does.
 */
export function judgeIngress(
  ingress: Value<readonly SecurityGroupRule[]>,
  offends: (rule: SecurityGroupRule) => boolean | undefined,
  messages: { fail: (rule: SecurityGroupRule) => string; pass: string },
): Outcome[] {
  if (!isKnown(ingress)) return [unknown(`ingress rules could not be determined: ${ingress.reason ?? 'unresolvable'}`, evidence('ingress', ingress))];
  const out: Outcome[] = [];
  ingress.value.forEach((rule, i) => {
    const path = `ingress[${i}]`;
    const verdict = offends(rule);
    if (verdict === true) out.push(at(fail(messages.fail(rule), ...sgRuleEvidence(path, rule)), path, rule.source));
    else if (verdict === undefined) out.push(at(unknown(`${path} may offend but its protocol, ports or sources could not be determined`, ...sgRuleEvidence(path, rule)), path, rule.source));
  });
  return out.length > 0 ? out : [pass(messages.pass, evidence('ingress', ingress))];
}

/** What an open-port rule needs to know; everything else is written once here. */
export interface OpenPortSpec {
  readonly id: `aws-ec2-sg-${string}`;
  readonly ports: readonly number[];
  /** Human name of the service, e.g. `SSH`, `MySQL`. */
  readonly service: string;
  readonly severity: Severity;
  /** Defaults to TCP only. */
  readonly transports?: readonly Transport[];
  /** What exposure of this service lets an attacker do (one sentence). */
  readonly risk?: string;
  readonly references?: readonly string[];
}

const SG_DOCS = 'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-security-group-rules.html';
const FSBP_EC2_19 = 'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-19';

/** Builds a rule that fails each ingress rule admitting 0.0.0.0/0 or ::/0 to one of `ports`. */
export function openPortRule(spec: OpenPortSpec): RuleDefinition<'aws.ec2.security-group'> {
  const transports = spec.transports ?? ['tcp'];
  const portText = spec.ports.join(', ');
  const proto = transports.join('/').toUpperCase();
  const first = spec.ports[0] ?? 0;
  return defineRule({
    id: spec.id,
    title: `Security group allows ${spec.service} (${proto} ${portText}) from the internet`,
    severity: spec.severity,
    provider: 'aws',
    service: 'ec2',
    resourceType: 'aws.ec2.security-group',
    description: `No ingress rule of a security group should admit 0.0.0.0/0 or ::/0 to ${spec.service} (${proto} port${spec.ports.length > 1 ? 's' : ''} ${portText}). Rules for all traffic count too.`,
    risk:
      spec.risk ??
      `${spec.service} reachable from any address invites credential brute-forcing and exploitation of unpatched service flaws; internet scanners find such ports within minutes.`,
    remediation: {
      cli: `aws ec2 revoke-security-group-ingress --group-id sg-0123456789abcdef0 --protocol ${transports[0]} --port ${first} --cidr 0.0.0.0/0`,
      terraform: `resource "aws_vpc_security_group_ingress_rule" "${spec.service.toLowerCase().replace(/[^a-z0-9]+/g, '_')}" {
  security_group_id = aws_security_group.this.id
  ip_protocol       = "${transports[0]}"
  from_port         = ${first}
  to_port           = ${first}
  cidr_ipv4         = "10.0.0.0/16" # a trusted range, never 0.0.0.0/0
}`,
      cloudformation: `SecurityGroupIngress:
  - IpProtocol: ${transports[0]}
    FromPort: ${first}
    ToPort: ${first}
    CidrIp: 10.0.0.0/16 # a trusted range, never 0.0.0.0/0`,
      console: `EC2 > Security Groups > the group > Inbound rules > Edit inbound rules: change the source of rules covering ${portText} from 0.0.0.0/0 or ::/0 to a trusted range or security group (or reach the host through Session Manager or a VPN).`,
    },
    references: [SG_DOCS, FSBP_EC2_19, ...(spec.references ?? [])],
    evaluate(sg) {
      return judgeIngress(
        sg.properties.ingress,
        (rule) => {
          // Same verdict as triBoth(openToWorld, triAny(coversPort for every transport and port)), without
          // the port work for the common rule that is not open to the world (this runs for every open-port
          // rule × security group × ingress rule).
          const world = openToWorld(rule);
          return world === false ? false : triBoth(world, coversAnyPort(rule, spec.ports, transports));
        },
        {
          fail: (rule) => `an ingress rule admits ${worldSources(rule)} to ${spec.service} (${proto} ${portText})`,
          pass: `no ingress rule admits the internet to ${spec.service} (${proto} ${portText})`,
        },
      );
    },
  });
}
