/**
 * Terraform and CloudFormation examples for the cross-account rules of topics, queues and secrets: one
 * resource with a separate policy resource granting `principal`, so the examples run through the adapters'
 * policy joins as real configurations do.
 */
import type { RuleExamples } from './examples.js';

interface Service {
  readonly tf: (principal: string, resource: string) => string;
  readonly cfn: (principal: string, resource: string) => string;
}

const tfStatement = (principal: string, action: string, resource: string) => `jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = ${principal} }
      Action    = "${action}"
      Resource  = "${resource}"
    }]
  })`;

const cfnStatement = (principal: string, action: string, resource: string, indent: string) => `${indent}Version: '2012-10-17'
${indent}Statement:
${indent}  - Effect: Allow
${indent}    Principal:
${indent}      AWS: ${principal}
${indent}    Action: ${action}
${indent}    Resource: '${resource}'
`;

export const SHARING_SERVICES = {
  sns: {
    tf: (p, r) => `resource "aws_sns_topic" "events" {
  name = "events"
}
resource "aws_sns_topic_policy" "events" {
  arn    = aws_sns_topic.events.arn
  policy = ${tfStatement(p, 'sns:Subscribe', r)}
}`,
    cfn: (p, r) => `Resources:
  Events:
    Type: AWS::SNS::Topic
  EventsPolicy:
    Type: AWS::SNS::TopicPolicy
    Properties:
      Topics:
        - !Ref Events
      PolicyDocument:
${cfnStatement(p, 'sns:Subscribe', r, '        ')}`,
  },
  sqs: {
    tf: (p, r) => `resource "aws_sqs_queue" "jobs" {
  name = "jobs"
}
resource "aws_sqs_queue_policy" "jobs" {
  queue_url = aws_sqs_queue.jobs.id
  policy    = ${tfStatement(p, 'sqs:ReceiveMessage', r)}
}`,
    cfn: (p, r) => `Resources:
  Jobs:
    Type: AWS::SQS::Queue
  JobsPolicy:
    Type: AWS::SQS::QueuePolicy
    Properties:
      Queues:
        - !Ref Jobs
      PolicyDocument:
${cfnStatement(p, 'sqs:ReceiveMessage', r, '        ')}`,
  },
  secretsmanager: {
    tf: (p, r) => `resource "aws_secretsmanager_secret" "db" {
  name = "acme/db"
}
resource "aws_secretsmanager_secret_policy" "db" {
  secret_arn = aws_secretsmanager_secret.db.arn
  policy     = ${tfStatement(p, 'secretsmanager:GetSecretValue', r)}
}`,
    cfn: (p, r) => `Resources:
  Db:
    Type: AWS::SecretsManager::Secret
    Properties:
      Name: acme/db
  DbPolicy:
    Type: AWS::SecretsManager::ResourcePolicy
    Properties:
      SecretId: !Ref Db
      ResourcePolicy:
${cfnStatement(p, 'secretsmanager:GetSecretValue', r, '        ')}`,
  },
} satisfies Record<string, Service>;

/** The owner's ARN in the statement's Resource names the owner account even where IaC does not know it. */
const OWNED: Record<keyof typeof SHARING_SERVICES, string> = {
  sns: 'arn:aws:sns:us-east-1:111122223333:events',
  sqs: 'arn:aws:sqs:us-east-1:111122223333:jobs',
  secretsmanager: 'arn:aws:secretsmanager:us-east-1:111122223333:secret:acme/db-AbCdEf',
};

/**
 * Good: the owner's own role; bad: another account (the owner read from the Resource ARN); unknown: one
 * account and a `*` resource, so the owner cannot be told.
 */
export function crossAccountExamples(service: keyof typeof SHARING_SERVICES): RuleExamples {
  const s: Service = SHARING_SERVICES[service];
  const r = OWNED[service];
  const own = 'arn:aws:iam::111122223333:role/app';
  const other = 'arn:aws:iam::999988887777:root';
  return {
    terraform: {
      good: [s.tf(`"${own}"`, r)],
      bad: [s.tf(`"${other}"`, r), s.tf(`["${own}", "${other}"]`, '*')],
      unknown: [s.tf(`"${other}"`, '*')],
    },
    cloudformation: {
      good: [s.cfn(own, r)],
      bad: [s.cfn(other, r)],
      unknown: [s.cfn(other, '*')],
    },
  };
}
