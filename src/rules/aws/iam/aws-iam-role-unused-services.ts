import { defineRule } from '../../kit/index.js';
import { judgeUnusedServices } from '../../kit/aws-iam-usage.js';

const LIMIT_DAYS = 90;

export default defineRule({
  id: 'aws-iam-role-unused-services',
  title: 'IAM role is granted services it has not used in 90 days',
  severity: 'low',
  provider: 'aws',
  service: 'iam',
  resourceType: 'aws.iam.role',
  description:
    'IAM service last-accessed data (GenerateServiceLastAccessedDetails) lists every service the role\'s policies grant and when the role last used each. Services not used for more than 90 days, or never within IAM\'s tracking period, should be removed from its policies. Live scans only: IaC has no usage history.',
  risk: 'Permissions a principal never exercises only serve whoever steals its credentials; trimming them is the cheapest least-privilege win there is.',
  remediation: {
    cli: 'aws iam generate-service-last-accessed-details --arn ARN && aws iam get-service-last-accessed-details --job-id JOB_ID   # then remove the unused services from its policies',
    terraform: '# remove the unused services\' actions from the policies attached to the role (IAM Access Analyzer can generate a policy from its CloudTrail activity)',
    cloudformation: '# remove the unused services\' actions from the policies of the role',
    console: 'IAM > Roles > the role > Last Accessed tab: note the services "Not accessed in the tracking period" or not for 90 days, and remove them from its policies.',
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_last-accessed.html',
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_last-accessed-view-data.html',
  ],
  evaluate(role, ctx) {
    if (role.origin.kind === 'iac') return undefined;
    return judgeUnusedServices(role.properties.servicesLastAccessed, ctx.now, LIMIT_DAYS);
  },
});
