import { isKnown } from '../../../model/core/index.js';
import { daysSince, defineRule, evidence, fail, pass, unknown } from '../../kit/index.js';

const LIMIT_DAYS = 90;
/** Roles AWS creates and uses on its own schedule (service-linked roles) are not the owner's to remove. */
const SERVICE_LINKED = /^\/aws-service-role\//;

export default defineRule({
  id: 'aws-iam-role-unused-90-days',
  title: 'IAM role not used for more than 90 days',
  severity: 'low',
  provider: 'aws',
  service: 'iam',
  resourceType: 'aws.iam.role',
  description:
    'A role whose last use (RoleLastUsed) is more than 90 days ago, or that was never used, should be removed or reviewed. Service-linked roles are out of scope, and so are IaC declarations (no usage history). IAM tracks last use for about the last 400 days.',
  risk: 'Unused roles keep their permissions and their trust: a forgotten role is an entry point that nobody watches and whose use would not look like anything normal.',
  remediation: {
    cli: 'aws iam get-role --role-name ROLE --query Role.RoleLastUsed && aws iam delete-role --role-name ROLE   # after detaching its policies',
    terraform: '# delete the aws_iam_role resource (and its attachments) once confirmed unused',
    cloudformation: '# remove the AWS::IAM::Role from the template once confirmed unused',
    console: 'IAM > Roles: sort by "Last activity"; delete roles unused for 90 days after checking with their owners.',
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_manage_delete.html#roles-delete_prerequisites',
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_last-accessed.html',
  ],
  evaluate(role, ctx) {
    if (role.origin.kind === 'iac') return undefined;
    const { lastUsed, path } = role.properties;
    if (isKnown(path) && SERVICE_LINKED.test(path.value)) return undefined;
    const ev = evidence('lastUsed', lastUsed);
    const days = daysSince(lastUsed, ctx.now);
    if (days === undefined) return unknown(`the role's last use is unknown: ${lastUsed.reason ?? 'not a date'}`, ev);
    if (days === null) return fail('the role has no recorded use (never used, or not within the tracking period)', ev);
    return days > LIMIT_DAYS ? fail(`the role was last used ${days} days ago`, ev) : pass(`the role was used ${days} days ago`, ev);
  },
});
