import { guardDutyPlanRule } from '../../kit/aws-logging-guardduty.js';

export default guardDutyPlanRule({
  id: 'aws-guardduty-eks-protection',
  feature: 'EKS_AUDIT_LOGS',
  plan: 'EKS Protection (audit log monitoring)',
  severity: 'medium',
  description: 'An enabled GuardDuty detector should monitor EKS audit logs, so that Kubernetes API activity (anonymous access, privileged pods, exec into containers) is analysed.',
  risk: 'Cluster compromises mostly show in the Kubernetes API: without audit log monitoring, an anonymous caller, a new privileged pod or a stolen service-account token looks like normal traffic.',
  remediation: {
    cli: 'aws guardduty update-detector --detector-id DETECTOR_ID --features Name=EKS_AUDIT_LOGS,Status=ENABLED',
    terraform: `resource "aws_guardduty_detector_feature" "eks" {
  detector_id = aws_guardduty_detector.this.id
  name        = "EKS_AUDIT_LOGS"
  status      = "ENABLED"
}`,
    cloudformation: `Type: AWS::GuardDuty::Detector
Properties:
  Enable: true
  Features:
    - Name: EKS_AUDIT_LOGS
      Status: ENABLED`,
    console: 'GuardDuty > Protection plans > EKS Protection > Edit > EKS audit log monitoring: Enable.',
  },
  references: ['https://docs.aws.amazon.com/guardduty/latest/ug/kubernetes-protection.html', 'https://docs.aws.amazon.com/securityhub/latest/userguide/guardduty-controls.html#guardduty-5'],
});
