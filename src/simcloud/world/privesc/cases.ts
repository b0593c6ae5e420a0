/**
 * One case per privilege-escalation technique: the policies of a user that can use it, and of a near-miss
 * twin that cannot (a resource pattern that misses, a condition that pins the technique to something
 * harmless, an explicit deny in a second policy, a permissions boundary, or a precondition the target fails).
 * The user of case `x` is `pe-x`, its twin `pe-x-twin`. The targets they aim at are in `index.ts`.
 */
export const ACCOUNT = '210987654321';
export const REGION = 'eu-west-1';

type Statement = Record<string, unknown>;
export const doc = (...Statement: Statement[]) => ({ Version: '2012-10-17', Statement });
const allow = (Action: string | string[], Resource: string | string[] = '*', extra: Statement = {}): Statement => ({ Effect: 'Allow', Action, Resource, ...extra });
const deny = (Action: string | string[], Resource: string | string[] = '*'): Statement => ({ Effect: 'Deny', Action, Resource });
const iam = (kind: string, name: string) => `arn:aws:iam::${ACCOUNT}:${kind}/${name}`;

/** A principal's setup: inline policies (one statement list per policy), groups, attached policies, boundary. */
export interface CaseUser {
  readonly policies: readonly (readonly Statement[])[];
  readonly groups?: readonly string[];
  readonly attached?: readonly string[];
  readonly boundary?: string;
}

export interface PrivescCase {
  readonly technique: string;
  /** `possible` techniques come out as unknown findings: what they yield is not in the scan. */
  readonly expect: 'fail' | 'unknown';
  readonly can: CaseUser;
  readonly twin: CaseUser;
}

const NOT_THIS_SERVICE = { Condition: { StringEquals: { 'iam:PassedToService': 'nothing.amazonaws.com' } } };

/** PassRole cases: the role of the service, the actions that create and start the compute. */
const PASSROLE: readonly [string, string, readonly string[]][] = [
  ['passrole-ec2', 'pe-admin-ec2', ['ec2:RunInstances']],
  ['passrole-lambda', 'pe-admin-lambda', ['lambda:CreateFunction', 'lambda:InvokeFunction']],
  ['passrole-lambda-event-source', 'pe-admin-lambda', ['lambda:CreateFunction', 'lambda:CreateEventSourceMapping']],
  ['passrole-glue-dev-endpoint', 'pe-admin-glue', ['glue:CreateDevEndpoint']],
  ['passrole-glue-job', 'pe-admin-glue', ['glue:CreateJob', 'glue:StartJobRun']],
  ['passrole-cloudformation', 'pe-admin-cloudformation', ['cloudformation:CreateStack']],
  ['passrole-datapipeline', 'pe-admin-datapipeline', ['datapipeline:CreatePipeline', 'datapipeline:PutPipelineDefinition', 'datapipeline:ActivatePipeline']],
  ['passrole-codebuild', 'pe-admin-codebuild', ['codebuild:CreateProject', 'codebuild:StartBuild']],
  ['passrole-sagemaker-notebook', 'pe-admin-sagemaker', ['sagemaker:CreateNotebookInstance', 'sagemaker:CreatePresignedNotebookInstanceUrl']],
  ['passrole-sagemaker-training', 'pe-admin-sagemaker', ['sagemaker:CreateTrainingJob']],
  ['passrole-sagemaker-processing', 'pe-admin-sagemaker', ['sagemaker:CreateProcessingJob']],
  ['passrole-ecs', 'pe-admin-ecs', ['ecs:RegisterTaskDefinition', 'ecs:RunTask']],
];

const FUNCTION = `arn:aws:lambda:${REGION}:${ACCOUNT}:function:pe-admin-fn`;
export const INSTANCE = `arn:aws:ec2:${REGION}:${ACCOUNT}:instance/i-0peadmin000000001`;

export const CASES: readonly PrivescCase[] = [
  {
    technique: 'create-policy-version', expect: 'fail',
    can: { attached: [iam('policy', 'pe-self-policy')], policies: [[allow('iam:CreatePolicyVersion', iam('policy', 'pe-self-policy'))]] },
    twin: { attached: [iam('policy', 'pe-self-policy')], policies: [[allow('iam:CreatePolicyVersion', iam('policy', 'pe-shared-*'))]] },
  },
  {
    technique: 'set-default-policy-version', expect: 'unknown',
    can: { attached: [iam('policy', 'pe-self-policy')], policies: [[allow('iam:SetDefaultPolicyVersion', iam('policy', 'pe-self-policy'))]] },
    twin: { attached: [iam('policy', 'pe-self-policy')], policies: [[allow('iam:SetDefaultPolicyVersion', iam('policy', 'pe-self-policy'))], [deny('iam:SetDefaultPolicyVersion')]] },
  },
  {
    technique: 'attach-user-policy', expect: 'fail',
    can: { policies: [[allow('iam:AttachUserPolicy', iam('user', 'pe-attach-user-policy'))]] },
    twin: { policies: [[allow('iam:AttachUserPolicy', iam('user', 'pe-attach-user-policy-twin'), { Condition: { ArnEquals: { 'iam:PolicyARN': 'arn:aws:iam::aws:policy/ReadOnlyAccess' } } })]] },
  },
  {
    technique: 'attach-group-policy', expect: 'fail',
    can: { groups: ['pe-plain'], policies: [[allow('iam:AttachGroupPolicy', iam('group', 'pe-plain'))]] },
    twin: { groups: ['pe-plain'], policies: [[allow('iam:AttachGroupPolicy', iam('group', 'pe-plain'))], [deny('iam:AttachGroupPolicy', iam('group', '*'))]] },
  },
  {
    technique: 'attach-role-policy', expect: 'fail',
    can: { policies: [[allow('iam:AttachRolePolicy', iam('role', 'pe-plain-role')), allow('sts:AssumeRole', iam('role', 'pe-plain-role'))]] },
    // It may rewrite the role but cannot become it.
    twin: { policies: [[allow('iam:AttachRolePolicy', iam('role', 'pe-plain-role'))]] },
  },
  {
    technique: 'put-user-policy', expect: 'fail',
    can: { policies: [[allow('iam:PutUserPolicy', iam('user', 'pe-put-user-policy'))]] },
    twin: { boundary: iam('policy', 'pe-boundary'), policies: [[allow('iam:PutUserPolicy', iam('user', 'pe-put-user-policy-twin'))]] },
  },
  {
    technique: 'put-group-policy', expect: 'fail',
    can: { groups: ['pe-plain'], policies: [[allow('iam:PutGroupPolicy', iam('group', 'pe-plain'))]] },
    twin: { groups: ['pe-plain'], policies: [[allow('iam:PutGroupPolicy', iam('group', 'pe-other-group'))]] },
  },
  {
    technique: 'put-role-policy', expect: 'fail',
    can: { policies: [[allow('iam:PutRolePolicy', iam('role', 'pe-plain-role')), allow('sts:AssumeRole', iam('role', 'pe-plain-role'))]] },
    twin: { policies: [[allow('iam:PutRolePolicy', iam('role', 'pe-app-*')), allow('sts:AssumeRole', iam('role', 'pe-plain-role'))]] },
  },
  {
    technique: 'add-user-to-group', expect: 'fail',
    can: { policies: [[allow('iam:AddUserToGroup', iam('group', 'pe-admins'))]] },
    twin: { policies: [[allow('iam:AddUserToGroup', iam('group', 'pe-plain'))]] },
  },
  {
    technique: 'create-login-profile', expect: 'fail',
    can: { policies: [[allow('iam:CreateLoginProfile', iam('user', 'pe-target-nopassword'))]] },
    // Its target already has a password, so CreateLoginProfile fails.
    twin: { policies: [[allow('iam:CreateLoginProfile', iam('user', 'pe-target-admin'))]] },
  },
  {
    technique: 'update-login-profile', expect: 'fail',
    can: { policies: [[allow('iam:UpdateLoginProfile', iam('user', 'pe-target-admin'))]] },
    twin: { policies: [[allow('iam:UpdateLoginProfile', iam('user', 'pe-target-admin'))], [deny('iam:*LoginProfile')]] },
  },
  {
    technique: 'create-access-key', expect: 'fail',
    can: { policies: [[allow('iam:CreateAccessKey', iam('user', 'pe-target-admin'))]] },
    twin: { policies: [[allow('iam:CreateAccessKey', iam('user', '${aws:username}'))]] },
  },
  {
    technique: 'update-assume-role-policy', expect: 'fail',
    can: { policies: [[allow('iam:UpdateAssumeRolePolicy', iam('role', 'pe-admin-ec2')), allow('sts:AssumeRole')]] },
    twin: { policies: [[allow('iam:UpdateAssumeRolePolicy', iam('role', 'pe-admin-ec2')), allow('sts:AssumeRole')], [deny('sts:AssumeRole', iam('role', 'pe-admin-*'))]] },
  },
  ...PASSROLE.map(([technique, role, actions]): PrivescCase => ({
    technique, expect: 'fail',
    can: { policies: [[allow(actions as string[]), allow('iam:PassRole', iam('role', role))]] },
    twin: { policies: [[allow(actions as string[]), allow('iam:PassRole', iam('role', role), NOT_THIS_SERVICE)]] },
  })),
  {
    technique: 'lambda-update-code', expect: 'fail',
    can: { policies: [[allow('lambda:UpdateFunctionCode', FUNCTION)]] },
    twin: { policies: [[allow('lambda:UpdateFunctionCode', `arn:aws:lambda:${REGION}:${ACCOUNT}:function:pe-app-*`)]] },
  },
  ...(['ssm-send-command:ssm:SendCommand', 'ssm-start-session:ssm:StartSession', 'ec2-instance-connect:ec2-instance-connect:SendSSHPublicKey'] as const).map((s): PrivescCase => {
    const [technique, ...action] = s.split(':');
    const a = action.join(':');
    return { technique: technique!, expect: 'fail', can: { policies: [[allow(a, INSTANCE)]] }, twin: { policies: [[allow(a)], [deny(a, INSTANCE)]] } };
  }),
];
