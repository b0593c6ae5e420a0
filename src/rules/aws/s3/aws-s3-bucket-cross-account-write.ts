import { isKnown } from '../../../model/core/index.js';
import { asList } from '../../../model/aws/policy.js';
import { accountOfPrincipal, allowsS3Write, at, defineRule, evidence, fail, pass, unknown } from '../../kit/index.js';
import type { Outcome } from '../../kit/index.js';

/** Conditions that keep a grant inside the caller's AWS Organization: deliberate, governed sharing. */
const ORG_KEYS = /^aws:principalorg(id|paths)$/i;

export default defineRule({
  id: 'aws-s3-bucket-cross-account-write',
  title: 'S3 bucket policy lets another AWS account write or delete data',
  severity: 'high',
  provider: 'aws',
  service: 's3',
  resourceType: 'aws.s3.bucket',
  description:
    'Flags bucket policy statements that allow Put*/Delete* actions (or s3:*) to an IAM principal of another account, unless narrowed to the organization by aws:PrincipalOrgID/OrgPaths. When the bucket\'s own account is not known (IaC), a statement naming one account is unknown; naming two or more different accounts fails, since at most one can be the owner.',
  risk: 'A foreign account with write access can plant, overwrite or delete data; if that account is compromised, or was a typo, the bucket is too.',
  remediation: {
    cli: 'aws s3api put-bucket-policy --bucket BUCKET --policy file://policy-without-foreign-writers.json',
    terraform: `Condition = { StringEquals = { "aws:PrincipalOrgID" = "o-exampleorgid" } }   # or drop the foreign principal`,
    cloudformation: `Condition:
  StringEquals:
    'aws:PrincipalOrgID': o-exampleorgid`,
    console: 'S3 > bucket > Permissions > Bucket policy > Edit: remove other accounts from statements granting s3:Put*/s3:Delete*, or add an aws:PrincipalOrgID condition.',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/example-walkthroughs-managing-access-example2.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-6',
  ],
  evaluate(bucket) {
    const policy = bucket.properties.policy;
    const ev = evidence('policy', policy);
    if (!isKnown(policy)) return unknown(`policy could not be determined: ${policy.reason ?? 'unresolvable'}`, ev);
    if (policy.value === null) return pass('The bucket has no policy', ev);
    const own = bucket.account;
    const out: Outcome[] = [];
    policy.value.Statement.forEach((st, i) => {
      if (!allowsS3Write(st) || st.Principal === undefined || st.Principal === '*') return;
      const cond = st.Condition ?? {};
      if (Object.values(cond).some((b) => Object.keys(b).some((k) => ORG_KEYS.test(k)))) return;
      const accounts = [...new Set(asList(st.Principal['AWS']).map(accountOfPrincipal).filter((a): a is string => a !== undefined))];
      const foreign = own ? accounts.filter((a) => a !== own) : accounts.length >= 2 ? accounts : [];
      const where = (o: Outcome) => at(o, `Statement[${i}]`, policy.source);
      if (foreign.length > 0) out.push(where(fail(`Statement[${i}] allows write/delete to account(s) ${foreign.join(', ')}${own ? '' : ' (at least one is not the owner)'}`, ev)));
      else if (!own && accounts.length === 1) out.push(where(unknown(`Statement[${i}] allows write/delete to account ${accounts[0]}; the bucket's own account is not known, so whether it is another account cannot be told`, ev)));
    });
    return out.length > 0 ? out : pass('No statement allows write or delete to another account', ev);
  },
});
