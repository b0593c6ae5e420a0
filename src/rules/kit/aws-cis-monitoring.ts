/**
 * The CIS "monitoring" controls (CIS AWS Foundations, section on CloudWatch metric filters and alarms): for a
 * security-relevant event class (unauthorized API calls, root use, console sign-in without MFA, IAM policy
 * changes, ...) some multi-region, logging CloudTrail trail must deliver to a CloudWatch Logs group that has a
 * metric filter matching the class, and that filter's metric must have an alarm with enabled actions.
 *
 * Pattern matching is textual, after whitespace normalisation: every term of the control (`$.eventName =
 * "ConsoleLogin"`, `$.userIdentity.invokedBy NOT EXISTS`) must appear in the filter pattern. The boolean
 * structure between terms is not checked (a filter that ANDs two event names CloudTrail never combines would
 * pass); this is the same reading the benchmark's own audit procedure uses.
 */
import { isKnown, type Value } from '../../model/core/index.js';
import type { ModelResource } from '../../model/types.js';
import { evidence, fail, pass, unknown } from './outcome.js';
import type { Outcome, RuleContext } from './rule.js';

/** One term of a filter pattern: `$.field = "value"`, `$.field != "value"` or `$.field NOT EXISTS`. */
export interface PatternTerm {
  readonly field: string;
  readonly op: '=' | '!=' | 'NOT EXISTS';
  readonly value?: string;
}

/** A monitoring control: a name for messages and the terms its metric filter must contain. */
export interface CisMonitoringControl {
  readonly name: string;
  readonly terms: readonly PatternTerm[];
}

const eq = (field: string, ...values: string[]): PatternTerm[] => values.map((value) => ({ field, op: '=' as const, value }));

/** The CIS monitoring controls (event names and sources as CloudTrail logs them). */
export const CIS_MONITORING = {
  unauthorizedApiCalls: { name: 'unauthorized API calls', terms: eq('errorCode', '*UnauthorizedOperation', 'AccessDenied*') },
  consoleSignInWithoutMfa: { name: 'console sign-in without MFA', terms: [...eq('eventName', 'ConsoleLogin'), { field: 'additionalEventData.MFAUsed', op: '!=', value: 'Yes' }] },
  rootAccountUse: {
    name: 'use of the root user',
    terms: [...eq('userIdentity.type', 'Root'), { field: 'userIdentity.invokedBy', op: 'NOT EXISTS' }, { field: 'eventType', op: '!=', value: 'AwsServiceEvent' }],
  },
  iamPolicyChanges: {
    name: 'IAM policy changes',
    terms: eq('eventName', 'DeleteGroupPolicy', 'DeleteRolePolicy', 'DeleteUserPolicy', 'PutGroupPolicy', 'PutRolePolicy', 'PutUserPolicy', 'CreatePolicy', 'DeletePolicy', 'CreatePolicyVersion', 'DeletePolicyVersion', 'AttachRolePolicy', 'DetachRolePolicy', 'AttachUserPolicy', 'DetachUserPolicy', 'AttachGroupPolicy', 'DetachGroupPolicy'),
  },
  cloudTrailChanges: { name: 'CloudTrail configuration changes', terms: eq('eventName', 'CreateTrail', 'UpdateTrail', 'DeleteTrail', 'StartLogging', 'StopLogging') },
  consoleAuthFailures: { name: 'console authentication failures', terms: [...eq('eventName', 'ConsoleLogin'), ...eq('errorMessage', 'Failed authentication')] },
  kmsKeyDisableOrDeletion: { name: 'disabling or scheduled deletion of KMS keys', terms: [...eq('eventSource', 'kms.amazonaws.com'), ...eq('eventName', 'DisableKey', 'ScheduleKeyDeletion')] },
  s3BucketPolicyChanges: {
    name: 'S3 bucket policy changes',
    terms: [...eq('eventSource', 's3.amazonaws.com'), ...eq('eventName', 'PutBucketAcl', 'PutBucketPolicy', 'PutBucketCors', 'PutBucketLifecycle', 'PutBucketReplication', 'DeleteBucketPolicy', 'DeleteBucketCors', 'DeleteBucketLifecycle', 'DeleteBucketReplication')],
  },
  configChanges: { name: 'AWS Config configuration changes', terms: [...eq('eventSource', 'config.amazonaws.com'), ...eq('eventName', 'StopConfigurationRecorder', 'DeleteDeliveryChannel', 'PutDeliveryChannel', 'PutConfigurationRecorder')] },
  securityGroupChanges: {
    name: 'security group changes',
    terms: eq('eventName', 'AuthorizeSecurityGroupIngress', 'AuthorizeSecurityGroupEgress', 'RevokeSecurityGroupIngress', 'RevokeSecurityGroupEgress', 'CreateSecurityGroup', 'DeleteSecurityGroup'),
  },
  naclChanges: { name: 'network ACL changes', terms: eq('eventName', 'CreateNetworkAcl', 'CreateNetworkAclEntry', 'DeleteNetworkAcl', 'DeleteNetworkAclEntry', 'ReplaceNetworkAclEntry', 'ReplaceNetworkAclAssociation') },
  networkGatewayChanges: { name: 'network gateway changes', terms: eq('eventName', 'CreateCustomerGateway', 'DeleteCustomerGateway', 'AttachInternetGateway', 'CreateInternetGateway', 'DeleteInternetGateway', 'DetachInternetGateway') },
  routeTableChanges: { name: 'route table changes', terms: eq('eventName', 'CreateRoute', 'CreateRouteTable', 'ReplaceRoute', 'ReplaceRouteTableAssociation', 'DeleteRouteTable', 'DeleteRoute', 'DisassociateRouteTable') },
  vpcChanges: {
    name: 'VPC changes',
    terms: eq('eventName', 'CreateVpc', 'DeleteVpc', 'ModifyVpcAttribute', 'AcceptVpcPeeringConnection', 'CreateVpcPeeringConnection', 'DeleteVpcPeeringConnection', 'RejectVpcPeeringConnection', 'AttachClassicLinkVpc', 'DetachClassicLinkVpc', 'DisableVpcClassicLink', 'EnableVpcClassicLink'),
  },
  organizationsChanges: {
    name: 'AWS Organizations changes',
    terms: [
      ...eq('eventSource', 'organizations.amazonaws.com'),
      ...eq('eventName', 'AcceptHandshake', 'AttachPolicy', 'CreateAccount', 'CreateOrganizationalUnit', 'CreatePolicy', 'DeclineHandshake', 'DeleteOrganization', 'DeleteOrganizationalUnit', 'DeletePolicy', 'DetachPolicy', 'DisablePolicyType', 'EnablePolicyType', 'InviteAccountToOrganization', 'LeaveOrganization', 'MoveAccount', 'RemoveAccountFromOrganization', 'UpdatePolicy', 'UpdateOrganizationalUnit'),
    ],
  },
} as const satisfies Record<string, CisMonitoringControl>;

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function termRegex(t: PatternTerm): RegExp {
  const field = `\\$\\.${escape(t.field)}`;
  if (t.op === 'NOT EXISTS') return new RegExp(`${field}\\s+NOT\\s+EXISTS`, 'i');
  return new RegExp(`${field}\\s*${t.op === '=' ? '=' : '!='}\\s*"?${escape(t.value ?? '')}"?(?![\\w*])`);
}

/** Whether a metric filter pattern contains every term of the control. */
export function filterMatchesControl(pattern: string, control: CisMonitoringControl): boolean {
  return control.terms.every((t) => termRegex(t).test(pattern));
}

/** `arn:aws:logs:r:a:log-group:NAME:*` → the log group uid (`...:log-group:NAME`). */
export function logGroupUidFromArn(arn: string): string {
  return arn.replace(/:\*$/, '');
}

/** The reason of the first unknown value. */
function firstReason(values: readonly Value<unknown>[]): string {
  return values.find((v) => !isKnown(v))?.reason ?? 'unknown';
}

const knownTrue = (v: Value<boolean>): boolean => isKnown(v) && v.value;

/**
 * Judges `control` for `account` over the inventory: pass when a multi-region logging trail's log group has
 * a matching metric filter whose metric has an alarm with enabled actions; unknown when a value that could
 * make it pass is unknown (a trail's status, a filter or alarm the collector could not read); else fail.
 */
export function cisMonitoringOutcome(account: string | undefined, ctx: RuleContext, control: CisMonitoringControl): Outcome {
  const trails = ctx.inAccount('aws.cloudtrail.trail', account);
  const filters = ctx.inAccount('aws.logs.metric-filter', account);
  const alarms = ctx.inAccount('aws.cloudwatch.alarm', account);
  const doubts: string[] = [];

  const candidates = trails.filter((t) => {
    const p = t.properties;
    const vals = [p.isMultiRegion, p.isLogging];
    if (vals.some((v) => !isKnown(v)) || !isKnown(p.cloudWatchLogsGroupArn)) {
      if (vals.every((v) => !isKnown(v) || v.value)) doubts.push(`trail ${t.name}: ${firstReason([...vals, p.cloudWatchLogsGroupArn])}`);
      return false;
    }
    return knownTrue(p.isMultiRegion) && knownTrue(p.isLogging) && p.cloudWatchLogsGroupArn.value !== null;
  });

  for (const trail of candidates) {
    const group = logGroupUidFromArn(trail.properties.cloudWatchLogsGroupArn.value as string);
    const region = group.split(':')[3];
    for (const f of filters.filter((x) => x.region === region)) {
      const fp = f.properties;
      if (!isKnown(fp.logGroupUid) || !isKnown(fp.filterPattern)) {
        doubts.push(`metric filter ${f.name}: ${fp.logGroupUid.reason ?? fp.filterPattern.reason ?? 'unknown'}`);
        continue;
      }
      if (fp.logGroupUid.value !== group || !filterMatchesControl(fp.filterPattern.value, control)) continue;
      const alarm = matchingAlarm(f, alarms, doubts);
      if (alarm) {
        return pass(
          `Trail ${trail.name} delivers to ${group.split(':log-group:')[1] ?? group}, whose metric filter ${f.name} feeds alarm ${alarm.name} (${control.name})`,
          evidence('cloudWatchLogsGroupArn', trail.properties.cloudWatchLogsGroupArn),
          evidence('filterPattern', fp.filterPattern),
          evidence('alarmActions', alarm.properties.alarmActions),
        );
      }
    }
  }
  if (doubts.length > 0) return unknown(`Could not determine whether an alarm fires on ${control.name}: ${doubts.slice(0, 3).join('; ')}`);
  if (candidates.length === 0) return fail(`No multi-region, logging CloudTrail trail of this account delivers to CloudWatch Logs, so ${control.name} cannot raise an alarm`);
  return fail(`No metric filter for ${control.name} with an alarm that notifies anyone on the log groups of the account's multi-region trails`, ...candidates.map((t) => evidence('cloudWatchLogsGroupArn', t.properties.cloudWatchLogsGroupArn)));
}

/** An alarm on the filter's metric, in its region, with enabled actions; unknown alarm values become doubts. */
function matchingAlarm(f: ModelResource<'aws.logs.metric-filter'>, alarms: readonly ModelResource<'aws.cloudwatch.alarm'>[], doubts: string[]): ModelResource<'aws.cloudwatch.alarm'> | undefined {
  for (const a of alarms.filter((x) => x.region === f.region)) {
    const p = a.properties;
    if (!isKnown(p.metricName) || !isKnown(p.metricNamespace) || !isKnown(p.actionsEnabled) || !isKnown(p.alarmActions)) {
      doubts.push(`alarm ${a.name}: ${firstReason([p.metricName, p.metricNamespace, p.actionsEnabled, p.alarmActions])}`);
      continue;
    }
    if (p.metricName.value === f.properties.metricName.value && p.metricNamespace.value === f.properties.metricNamespace.value && p.actionsEnabled.value && p.alarmActions.value.length > 0) return a;
  }
  return undefined;
}
