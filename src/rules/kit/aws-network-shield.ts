/**
 * Shield Advanced coverage of an exposed resource. Protection only makes sense (and only costs nothing
 * extra) once the account pays for the subscription, so without an active subscription the question does
 * not apply; with one, every internet-exposed resource should be enrolled.
 */
import { isKnown } from '../../model/core/index.js';
import type { Resource } from '../../model/core/index.js';
import { evidence, fail, pass, unknown } from './outcome.js';
import type { Outcome, RuleContext } from './rule.js';

/** Judges whether `resource` (by its uid, which is its ARN live) has a Shield Advanced protection. */
export function shieldProtectionVerdict(ctx: RuleContext, resource: Resource, what: string): Outcome | undefined {
  const subs = ctx.inAccount('aws.shield.subscription', resource.account);
  if (subs.length === 0) return undefined;
  const sub = subs[0]!;
  if (!isKnown(sub.properties.active)) return unknown(`whether the account has a Shield Advanced subscription could not be determined: ${sub.properties.active.reason ?? 'unresolvable'}`, evidence('shieldSubscription.active', sub.properties.active));
  if (!sub.properties.active.value) return undefined;
  const protections = ctx.referencing('aws.shield.protection', 'resourceArn', resource.uid);
  if (protections.length > 0) return pass(`Shield Advanced protects the ${what}`, evidence('shieldProtection.resourceArn', protections[0]!.properties.resourceArn));
  const unresolved = ctx.inAccount('aws.shield.protection', resource.account).find((p) => !isKnown(p.properties.resourceArn));
  if (unresolved) return unknown('a Shield protection names an unresolvable resource, which may be this one', evidence('shieldProtection.resourceArn', unresolved.properties.resourceArn));
  return fail(`the account subscribes to Shield Advanced but the ${what} is not enrolled`, evidence('shieldSubscription.active', sub.properties.active));
}

/** Remediation text shared by the Shield coverage rules. */
export function shieldRemediation(resourceArn: string, tfResource: string): { cli: string; terraform: string; cloudformation: string; console: string } {
  return {
    cli: `aws shield create-protection --name exposed-resource --resource-arn ${resourceArn}`,
    terraform: `resource "aws_shield_protection" "this" {
  name         = "exposed-resource"
  resource_arn = ${tfResource}
}`,
    cloudformation: `Protection:
  Type: AWS::Shield::Protection
  Properties:
    Name: exposed-resource
    ResourceArn: ${resourceArn}`,
    console: 'WAF & Shield > AWS Shield > Protected resources > Add resources to protect: select the resource, then configure health-based detection and the response team access.',
  };
}

export const SHIELD_REFERENCES = [
  'https://docs.aws.amazon.com/waf/latest/developerguide/ddos-advanced-summary-protect.html',
  'https://docs.aws.amazon.com/securityhub/latest/userguide/shield-controls.html',
];
