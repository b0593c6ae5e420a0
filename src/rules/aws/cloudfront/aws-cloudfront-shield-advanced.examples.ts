import { defineExamples } from '../../kit/index.js';
import { tfDistribution } from '../../kit/aws-network-cloudfront-examples.js';
import { netFixture, shieldProtectionFixture, shieldSubscriptionFixture } from '../../kit/aws-network-model-fixtures.js';
import { explicit, unresolvable } from '../../../model/core/index.js';

const ARN = 'arn:aws:cloudfront::111122223333:distribution/E2EXAMPLE';
const dist = netFixture('aws.cloudfront.distribution', ARN, {
  enabled: explicit(true), viewerProtocolPolicies: explicit(['redirect-to-https']), defaultCertificate: explicit(false), minimumProtocolVersion: explicit('TLSv1.2_2021'),
  loggingEnabled: explicit(true), defaultRootObject: explicit('index.html'), origins: explicit([]), webAclId: explicit(null),
});

const subscription = `

resource "aws_shield_subscription" "this" {
  auto_renew = "ENABLED"
}
`;
const protection = `
resource "aws_shield_protection" "site" {
  name         = "site"
  resource_arn = aws_cloudfront_distribution.site.arn
}
`;
export default defineExamples({
  terraform: { good: [tfDistribution() + subscription + protection], bad: [tfDistribution() + subscription] },
  model: {
    good: [[dist, shieldSubscriptionFixture(true), shieldProtectionFixture(ARN)]],
    bad: [[dist, shieldSubscriptionFixture(true)]],
    unknown: [[dist, shieldSubscriptionFixture(unresolvable('shield:DescribeSubscription: AccessDenied'))]],
  },
});
