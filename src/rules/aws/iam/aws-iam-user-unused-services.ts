import { defineRule } from '../../kit/index.js';
import { judgeUnusedServices } from '../../kit/aws-iam-usage.js';

const LIMIT_DAYS = 90;

export default defineRule({
  id: 'aws-iam-user-unused-services',
  title: 'IAM user is granted services it has not used in 90 days',
  severity: 'low',
  provider: 'aws',
  service: 'iam',
  resourceType: 'aws.iam.user',
  description:
    'IAM service last-accessed data (GenerateServiceLastAccessedDetails) lists every service the user\'s policies grant and when the user last used each. Services not used for more than 90 days, or never within IAM\'s tracking period, should be removed from its policies. Live scans only: IaC has no usage history.',
  risk: 'Permissions a principal never exercises only serve whoever steals its credentials; trimming them is the cheapest least-privilege win there is.',
  remediation: {
    cli: 'aws iam generate-service-last-accessed-details --arn ARN && aws iam get-service-last-accessed-details --job-id JOB_ID   # then remove the unused services from its policies',
    terraform: '# remove the unused services\' actions from the policies attached to the user (IAM Access Analyzer can generate a policy from its CloudTrail activity)',
    cloudformation: '# remove the unused services\' actions from the policies of the user',
    console: 'IAM > Users > the user > Last Accessed tab: note the services "Not accessed in the tracking period" or not for 90 days, and remove them from its policies.',
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_last-accessed.html',
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_last-accessed-view-data.html',
  ],
  evaluate(user, ctx) {
    if (user.origin.kind === 'iac') return undefined;
    return judgeUnusedServices(user.properties.servicesLastAccessed, ctx.now, LIMIT_DAYS);
  },
});
