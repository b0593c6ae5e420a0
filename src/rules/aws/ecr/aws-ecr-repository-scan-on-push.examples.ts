import { defineExamples } from '../../kit/index.js';

const tf = (extra: string, head = '') => `${head}resource "aws_ecr_repository" "app" {
  name = "app"
${extra}
}`;

const cfn = (props: string) => `Resources:
  App:
    Type: AWS::ECR::Repository
    Properties:
      RepositoryName: app
${props}
`;

export default defineExamples({
  terraform: {
    good: [tf('  image_scanning_configuration {\n    scan_on_push = true\n  }')],
    bad: [tf(''), tf('  image_scanning_configuration {\n    scan_on_push = false\n  }')],
    unknown: [tf('  image_scanning_configuration {\n    scan_on_push = var.scan\n  }', 'variable "scan" {}\n')],
  },
  cloudformation: {
    good: [cfn('      ImageScanningConfiguration:\n        ScanOnPush: true')],
    bad: [cfn('      ImageScanningConfiguration:\n        ScanOnPush: false')],
  },
});
