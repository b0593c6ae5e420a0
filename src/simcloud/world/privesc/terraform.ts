/**
 * The privesc world as Terraform: the same users (each technique's user and twin), groups, roles, managed
 * policies and target users, and the instance and function that run as administrator roles, so the graph can
 * be shown to find the same escalations before deploy. An instance's ARN exists only after apply, so the
 * policies that name the instance name it by reference (`aws_instance.pe_admin.arn`), as Terraform users do;
 * the function keeps its literal ARN, which AWS derives from its name, region and account.
 */
import { ACCOUNT, CASES, doc, INSTANCE, REGION, type CaseUser } from './cases.js';

const ADMIN_ARN = 'arn:aws:iam::aws:policy/AdministratorAccess';
const SERVICES = ['ec2', 'lambda', 'glue', 'cloudformation', 'datapipeline', 'codebuild', 'sagemaker', 'ecs'] as const;

/** Terraform identifiers cannot hold dots or start with a digit; names here are kebab case. */
const id = (name: string) => name.replace(/[^A-Za-z0-9_-]/g, '_');
/** A JSON policy in a heredoc; `${` is Terraform interpolation, so policy variables are escaped as `$${`. */
const policy = (document: object) => `<<POLICY\n${JSON.stringify(document, null, 2).replace(/\$\{/g, () => '$${').replaceAll(INSTANCE, '${aws_instance.pe_admin.arn}')}\nPOLICY`;

function user(name: string, u: CaseUser, extra = ''): string {
  const out = [`resource "aws_iam_user" "${id(name)}" {\n  name = "${name}"\n${u.boundary ? `  permissions_boundary = "${u.boundary}"\n` : ''}}`];
  u.policies.forEach((statements, i) => out.push(`resource "aws_iam_user_policy" "${id(name)}_${i}" {\n  name   = "grant-${i}"\n  user   = aws_iam_user.${id(name)}.name\n  policy = ${policy(doc(...statements))}\n}`));
  (u.attached ?? []).forEach((arn, i) => out.push(`resource "aws_iam_user_policy_attachment" "${id(name)}_${i}" {\n  user       = aws_iam_user.${id(name)}.name\n  policy_arn = "${arn}"\n}`));
  if (u.groups && u.groups.length > 0) out.push(`resource "aws_iam_user_group_membership" "${id(name)}" {\n  user   = aws_iam_user.${id(name)}.name\n  groups = [${u.groups.map((g) => `aws_iam_group.${id(g)}.name`).join(', ')}]\n}`);
  return out.join('\n\n') + extra;
}

export function privescTerraform(): string {
  const blocks: string[] = [`provider "aws" {\n  region = "${REGION}"\n}`];
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
  blocks.push('resource "aws_iam_instance_profile" "pe_admin_ec2" {\n  name = "pe-admin-ec2"\n  role = aws_iam_role.pe-admin-ec2.name\n}');
  blocks.push('resource "aws_instance" "pe_admin" {\n  ami                  = "ami-0pe0000000000001"\n  instance_type        = "t3.micro"\n  iam_instance_profile = aws_iam_instance_profile.pe_admin_ec2.name\n}');
  blocks.push('resource "aws_lambda_function" "pe_admin_fn" {\n  function_name = "pe-admin-fn"\n  runtime       = "python3.12"\n  handler       = "app.handler"\n  filename      = "app.zip"\n  role          = aws_iam_role.pe-admin-lambda.arn\n}');
  blocks.push(`resource "aws_iam_role" "pe-plain-role" {\n  name = "pe-plain-role"\n  assume_role_policy = ${policy(doc({ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` }, Action: 'sts:AssumeRole' }))}\n}`);
  blocks.push(`resource "aws_iam_policy" "pe-self-policy" {\n  name   = "pe-self-policy"\n  policy = ${policy(doc({ Effect: 'Allow', Action: 's3:ListAllMyBuckets', Resource: '*' }))}\n}`);
  blocks.push(`resource "aws_iam_policy" "pe-boundary" {\n  name   = "pe-boundary"\n  policy = ${policy(doc({ Effect: 'Allow', Action: 's3:*', Resource: '*' }))}\n}`);
  return `${blocks.join('\n\n')}\n`;
}

/** The techniques the Terraform holds: every one. */
export const TERRAFORM_TECHNIQUES: readonly string[] = CASES.map((c) => c.technique);
