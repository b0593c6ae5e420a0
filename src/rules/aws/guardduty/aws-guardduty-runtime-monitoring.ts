import { guardDutyPlanRule } from '../../kit/aws-logging-guardduty.js';

export default guardDutyPlanRule({
  id: 'aws-guardduty-runtime-monitoring',
  feature: 'RUNTIME_MONITORING',
  plan: 'Runtime Monitoring',
  severity: 'medium',
  description:
    'An enabled GuardDuty detector should have Runtime Monitoring on, so that operating-system events (processes, file access, network connections) on EKS clusters, ECS tasks and EC2 instances are analysed. Only the plan is judged here: it covers a workload once the GuardDuty security agent runs there, which automated agent configuration takes care of.',
  risk: 'Log-based detection sees API calls and traffic, not what runs inside a host or container: without Runtime Monitoring, a reverse shell, a crypto miner started in a pod or a tampered binary leaves no GuardDuty finding.',
  remediation: {
    cli: 'aws guardduty update-detector --detector-id DETECTOR_ID --features \'[{"Name":"RUNTIME_MONITORING","Status":"ENABLED","AdditionalConfiguration":[{"Name":"EKS_ADDON_MANAGEMENT","Status":"ENABLED"},{"Name":"ECS_FARGATE_AGENT_MANAGEMENT","Status":"ENABLED"},{"Name":"EC2_AGENT_MANAGEMENT","Status":"ENABLED"}]}]\'',
    terraform: `resource "aws_guardduty_detector_feature" "runtime" {
  detector_id = aws_guardduty_detector.this.id
  name        = "RUNTIME_MONITORING"
  status      = "ENABLED"
  additional_configuration {
    name   = "EKS_ADDON_MANAGEMENT"
    status = "ENABLED"
  }
  additional_configuration {
    name   = "ECS_FARGATE_AGENT_MANAGEMENT"
    status = "ENABLED"
  }
  additional_configuration {
    name   = "EC2_AGENT_MANAGEMENT"
    status = "ENABLED"
  }
}`,
    cloudformation: `Type: AWS::GuardDuty::Detector
Properties:
  Enable: true
  Features:
    - Name: RUNTIME_MONITORING
      Status: ENABLED
      AdditionalConfiguration:
        - Name: EKS_ADDON_MANAGEMENT
          Status: ENABLED
        - Name: ECS_FARGATE_AGENT_MANAGEMENT
          Status: ENABLED
        - Name: EC2_AGENT_MANAGEMENT
          Status: ENABLED`,
    console: 'GuardDuty > Runtime Monitoring > Configuration > Edit > Runtime Monitoring: Enable, and turn on automated agent configuration for Amazon EKS, AWS Fargate (ECS) and Amazon EC2 (for all member accounts from the delegated administrator).',
  },
  references: ['https://docs.aws.amazon.com/guardduty/latest/ug/runtime-monitoring.html', 'https://docs.aws.amazon.com/securityhub/latest/userguide/guardduty-controls.html#guardduty-11'],
});
