import { defineRule, publicPolicyOutcomes } from '../../kit/index.js';

export default defineRule({
  id: 'aws-sns-topic-public-policy',
  title: 'SNS topic policy allows access to anyone',
  severity: 'high',
  provider: 'aws',
  service: 'sns',
  resourceType: 'aws.sns.topic',
  description:
    'Flags each topic policy statement that allows the `*` principal without a condition narrowing the caller (aws:SourceOwner, aws:SourceArn, aws:SourceAccount, aws:PrincipalOrgID and the like). The default topic policy is narrowed by aws:SourceOwner and passes.',
  risk: 'Anyone could publish forged messages to every subscriber, subscribe their own endpoint to read the messages, or change the topic, depending on the actions allowed.',
  remediation: {
    cli: 'aws sns set-topic-attributes --topic-arn TOPIC_ARN --attribute-name Policy --attribute-value file://topic-policy.json',
    terraform: `resource "aws_sns_topic_policy" "this" {
  arn    = aws_sns_topic.this.arn
  policy = data.aws_iam_policy_document.topic.json   # name principals, or add an aws:SourceAccount condition
}`,
    cloudformation: `TopicPolicy:
  Type: AWS::SNS::TopicPolicy
  Properties:
    Topics: [!Ref Topic]
    PolicyDocument:
      Statement:
        - Effect: Allow
          Principal: { Service: events.amazonaws.com }
          Action: sns:Publish
          Resource: !Ref Topic`,
    console: 'SNS > Topics > topic > Edit > Access policy: replace "Principal": "*" with specific principals or add a source account/ARN condition > Save changes.',
  },
  references: [
    'https://docs.aws.amazon.com/sns/latest/dg/sns-access-policy-use-cases.html',
    'https://docs.aws.amazon.com/sns/latest/dg/sns-security-best-practices.html',
  ],
  evaluate(topic) {
    return publicPolicyOutcomes('policy', topic.properties.policy, 'topic');
  },
});
