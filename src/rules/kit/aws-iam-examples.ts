/**
 * Example builders for identity rules that judge one policy statement in several places (a role's, a user's
 * or a group's inline policy; a customer managed policy), so each rule's examples state only the statements
 * that pass and fail and the builder writes the Terraform and CloudFormation around them.
 */
import type { SourceExamples } from './examples.js';

export type PrincipalKind = 'role' | 'user' | 'group';
type Statement = Record<string, unknown>;

/** A JSON value as an HCL expression (quoted keys, `=` separators), for `jsonencode(...)`. */
export function hcl(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(hcl).join(', ')}]`;
  if (v !== null && typeof v === 'object') return `{ ${Object.entries(v).map(([k, x]) => `${JSON.stringify(k)} = ${hcl(x)}`).join(', ')} }`;
  return JSON.stringify(v);
}

const document = (statements: readonly Statement[]) => ({ Version: '2012-10-17', Statement: statements });
const TRUST = document([{ Effect: 'Allow', Action: 'sts:AssumeRole', Principal: { Service: 'ec2.amazonaws.com' } }]);

/** The Terraform principal block and the expression its inline policy resource names it by. */
function terraformOwner(kind: PrincipalKind): { block: string; ref: string } {
  if (kind === 'role') return { block: `resource "aws_iam_role" "p" {\n  name               = "app"\n  assume_role_policy = jsonencode(${hcl(TRUST)})\n}`, ref: 'aws_iam_role.p.id' };
  return { block: `resource "aws_iam_${kind}" "p" {\n  name = "app"\n}`, ref: `aws_iam_${kind}.p.name` };
}

function terraformInline(kind: PrincipalKind, policy: string): string {
  const { block, ref } = terraformOwner(kind);
  return `${block}
resource "aws_iam_${kind}_policy" "inline" {
  name   = "inline"
  ${kind} = ${ref}
  policy = ${policy}
}`;
}

function cloudformationInline(kind: PrincipalKind, statements: readonly Statement[]): string {
  const type = kind === 'role' ? 'Role' : kind === 'user' ? 'User' : 'Group';
  const trust = kind === 'role' ? `\n      AssumeRolePolicyDocument: ${JSON.stringify(TRUST)}` : '';
  return `Resources:
  Principal:
    Type: AWS::IAM::${type}
    Properties:${trust}
      Policies:
        - PolicyName: inline
          PolicyDocument: ${JSON.stringify(document(statements))}
`;
}

/** Terraform and CloudFormation examples of one principal kind's inline policy: one file per statement list. */
export function inlineExamples(kind: PrincipalKind, good: readonly (readonly Statement[])[], bad: readonly (readonly Statement[])[]): { terraform: SourceExamples; cloudformation: SourceExamples } {
  const tf = (s: readonly Statement[]) => terraformInline(kind, `jsonencode(${hcl(document(s))})`);
  return {
    terraform: { good: good.map(tf), bad: bad.map(tf), unknown: [`variable "policy" {}\n${terraformInline(kind, 'var.policy')}`] },
    cloudformation: { good: good.map((s) => cloudformationInline(kind, s)), bad: bad.map((s) => cloudformationInline(kind, s)) },
  };
}

/** Terraform and CloudFormation examples of a customer managed policy. */
export function managedPolicyExamples(good: readonly (readonly Statement[])[], bad: readonly (readonly Statement[])[]): { terraform: SourceExamples; cloudformation: SourceExamples } {
  const tf = (s: readonly Statement[]) => `resource "aws_iam_policy" "p" {\n  name   = "app"\n  policy = jsonencode(${hcl(document(s))})\n}`;
  const cfn = (s: readonly Statement[]) => `Resources:\n  Policy:\n    Type: AWS::IAM::ManagedPolicy\n    Properties:\n      PolicyDocument: ${JSON.stringify(document(s))}\n`;
  return {
    terraform: { good: good.map(tf), bad: bad.map(tf), unknown: ['variable "policy" {}\nresource "aws_iam_policy" "p" {\n  name   = "app"\n  policy = var.policy\n}'] },
    cloudformation: { good: good.map(cfn), bad: bad.map(cfn) },
  };
}

/** Terraform and CloudFormation examples of a role's trust policy (the role has no permissions). */
export function trustExamples(good: readonly (readonly Statement[])[], bad: readonly (readonly Statement[])[]): { terraform: SourceExamples; cloudformation: SourceExamples } {
  const tf = (s: readonly Statement[]) => `resource "aws_iam_role" "r" {\n  name               = "trusted"\n  assume_role_policy = jsonencode(${hcl(document(s))})\n}`;
  const cfn = (s: readonly Statement[]) => `Resources:\n  Role:\n    Type: AWS::IAM::Role\n    Properties:\n      AssumeRolePolicyDocument: ${JSON.stringify(document(s))}\n`;
  return {
    terraform: { good: good.map(tf), bad: bad.map(tf), unknown: ['variable "trust" {}\nresource "aws_iam_role" "r" {\n  name               = "trusted"\n  assume_role_policy = var.trust\n}'] },
    cloudformation: { good: good.map(cfn), bad: bad.map(cfn) },
  };
}
