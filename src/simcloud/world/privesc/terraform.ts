/**
 * The privesc world's IAM as Terraform: the same users (each technique's user and twin), groups, roles,
 * managed policies and target users, so the graph can be shown to find the same escalations before deploy.
 * Instances and functions are left out: the techniques that take them over name them by ARN, which exists only
 * after apply.
 */
import { ACCOUNT, CASES, doc, type CaseUser } from './cases.js';

const ADMIN_ARN = 'arn:aws:iam::aws:policy/AdministratorAccess';
const SERVICES = ['ec2', 'lambda', 'glue', 'cloudformation', 'datapipeline', 'codebuild', 'sagemaker', 'ecs'] as const;

/** Terraform identifiers cannot hold dots or start with a digit; names here are kebab case. */
const id = (name: string) => name.replace(/[^A-Za-z0-9_-]/g, '_');
/** A JSON policy in a heredoc; `${` is Terraform interpolation, so policy variables are escaped as `$${`. */
const policy = (document: object) => `<<POLICY\n${JSON.stringify(document, null, 2).replace(/\$\{/g, () => '$${')}\nPOLICY`;

function user(name: string, u: CaseUser, extra = ''): string {
  const out = [`resource "aws_iam_user" "${id(name)}" {\n  name = "${name}"\n${u.boundary ? `  permissions_boundary = "${u.boundary}"\n` : ''}}`];
  u.policies.forEach((statements, i) => out.push(`resource "aws_iam_user_policy" "${id(name)}_${i}" {\n  name   = "grant-${i}"\n  user   = aws_iam_user.${id(name)}.name\n  policy = ${policy(doc(...statements))}\n}`));
  (u.attached ?? []).forEach((arn, i) => out.push(`resource "aws_iam_user_policy_attachment" "${id(name)}_${i}" {\n  user       = aws_iam_user.${id(name)}.name\n  policy_arn = "${arn}"\n}`));
  if (u.groups && u.groups.length > 0) out.push(`resource "aws_iam_user_group_membership" "${id(name)}" {\n  user   = aws_iam_user.${id(name)}.name\n  groups = [${u.groups.map((g) => `aws_iam_group.${id(g)}.name`).join(', ')}]\n}`);
  return out.join('\n\n') + extra;
}

export function privescTerraform(): string {
  const blocks: string[] = [];
  for (const c of CASES) blocks.push(user(`pe-${c.technique}`, c.can), user(`pe-${c.technique}-twin`, c.twin));
  blocks.push(user('pe-target-admin', { policies: [], attached: [ADMIN_ARN] }), 'resource "aws_iam_user_login_profile" "pe_target_admin" {\n  user = aws_iam_user.pe-target-admin.name\n}');
  blocks.push(user('pe-target-nopassword', { policies: [], attached: [ADMIN_ARN] }));
  for (const g of ['pe-plain', 'pe-other-group', 'pe-admins']) blocks.push(`resource "aws_iam_group" "${id(g)}" {\n  name = "${g}"\n}`);
  blocks.push(`resource "aws_iam_group_policy_attachment" "pe_admins" {\n  group      = aws_iam_group.pe-admins.name\n  policy_arn = "${ADMIN_ARN}"\n}`);
  for (const s of SERVICES) {
    const principal = s === 'ecs' ? 'ecs-tasks.amazonaws.com' : `${s}.amazonaws.com`;
    blocks.push(`resource "aws_iam_role" "pe-admin-${s}" {\n  name = "pe-admin-${s}"\n  assume_role_policy = ${policy(doc({ Effect: 'Allow', Principal: { Service: principal }, Action: 'sts:AssumeRole' }))}\n}`);
    blocks.push(`resource "aws_iam_role_policy_attachment" "pe-admin-${s}" {\n  role       = aws_iam_role.pe-admin-${s}.name\n  policy_arn = "${ADMIN_ARN}"\n}`);
  }
  blocks.push(`resource "aws_iam_role" "pe-plain-role" {\n  name = "pe-plain-role"\n  assume_role_policy = ${policy(doc({ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` }, Action: 'sts:AssumeRole' }))}\n}`);
  blocks.push(`resource "aws_iam_policy" "pe-self-policy" {\n  name   = "pe-self-policy"\n  policy = ${policy(doc({ Effect: 'Allow', Action: 's3:ListAllMyBuckets', Resource: '*' }))}\n}`);
  blocks.push(`resource "aws_iam_policy" "pe-boundary" {\n  name   = "pe-boundary"\n  policy = ${policy(doc({ Effect: 'Allow', Action: 's3:*', Resource: '*' }))}\n}`);
  return `${blocks.join('\n\n')}\n`;
}

/** The techniques the Terraform holds (those that need a deployed instance or function are left out). */
export const TERRAFORM_TECHNIQUES: readonly string[] = CASES.map((c) => c.technique).filter((t) => !['lambda-update-code', 'ssm-send-command', 'ssm-start-session', 'ec2-instance-connect'].includes(t));
