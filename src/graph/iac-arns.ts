/**
 * ARNs of resources declared in IaC, before they exist. A policy in Terraform names a resource either by a
 * literal ARN or by a reference (`Resource = aws_instance.web.arn`), which the Terraform evaluator writes
 * as the placeholder text `${aws_instance.web.arn}` (src/sources/iac/terraform/eval/opaque.ts). In an IAM
 * policy `${…}` is a policy variable, so before the graph evaluates an IaC policy every placeholder is
 * replaced by the ARN of the resource it names:
 *  - the real ARN where AWS derives it from the configuration and the deploy account (IAM roles, users,
 *    groups and policies, S3 buckets, Lambda functions with a known region), so the literal and the
 *    reference forms of one policy agree;
 *  - otherwise the literal `terraform:<address>.arn`, which the same resource carries as its ARN (an EC2
 *    instance's id is known only after apply): a policy naming that instance matches it and nothing else,
 *    `*` still matches it, and an ARN pattern such as `arn:aws:ec2:*:*:instance/*` does not (a known
 *    limitation: such a grant is missed before deploy).
 * IAM's own variables always hold a colon (`${aws:username}`) or are `${*}`, `${?}`, `${$}`; Terraform
 * placeholders are dotted addresses without one, which is how the two are told apart.
 */
import { isKnown, type Resource, type Value } from '../model/core/index.js';
import type { PolicyDocument, PolicyStatement } from '../model/aws/policy.js';

const PLACEHOLDER = /\$\{([^}:]+\.[^}:]+)\}/g;

export class IacArns {
  private readonly byAddress = new Map<string, Resource>();

  constructor(resources: Iterable<Resource>) {
    for (const r of resources) if (r.origin.kind === 'iac' && r.origin.framework !== 'cloudformation') this.byAddress.set(r.origin.address, r);
  }

  /** The ARN a policy names `r` by: its uid when live; derived or `terraform:<address>.arn` when declared in IaC. */
  arnOf(r: Resource): string {
    if (r.origin.kind !== 'iac' || r.uid.startsWith('arn:')) return r.uid;
    return derivedArn(r) ?? `terraform:${r.origin.address}.arn`;
  }

  /** An IaC policy with its Terraform placeholders replaced (see above); the same object when it has none. */
  literal(doc: PolicyDocument): PolicyDocument {
    let changed = false;
    const out = doc.Statement.map((st: PolicyStatement) => {
      const resource = this.replace(st.Resource);
      const notResource = this.replace(st.NotResource);
      if (resource === st.Resource && notResource === st.NotResource) return st;
      changed = true;
      return { ...st, ...(resource !== undefined ? { Resource: resource } : {}), ...(notResource !== undefined ? { NotResource: notResource } : {}) };
    });
    return changed ? { ...doc, Statement: out } : doc;
  }

  private replace<T extends string | readonly string[] | undefined>(v: T): T {
    if (v === undefined) return v;
    if (typeof v === 'string') return (v.includes('${') ? v.replace(PLACEHOLDER, (whole, ref: string) => this.resolve(ref) ?? whole) : v) as T;
    const list = v as readonly string[];
    const mapped = list.map((x) => this.replace(x));
    return (mapped.some((x, i) => x !== list[i]) ? mapped : v) as T;
  }

  /** `aws_instance.web.arn` -> that resource's ARN; undefined for an attribute other than `arn`, or an address not declared. */
  private resolve(ref: string): string | undefined {
    if (!ref.endsWith('.arn')) return undefined;
    const address = ref.slice(0, -'.arn'.length);
    const r = this.byAddress.get(address);
    return r ? this.arnOf(r) : `terraform:${ref}`;
  }
}

function known(v: unknown): string | undefined {
  const value = v as Value<unknown> | undefined;
  return value && isKnown(value) && typeof value.value === 'string' && value.value !== '' ? value.value : undefined;
}

/** ARNs AWS derives from configuration alone, once the account (and for regional services, the region) is known. */
function derivedArn(r: Resource): string | undefined {
  const p = r.properties as Record<string, unknown>;
  const account = r.account;
  switch (r.type) {
    case 'aws.iam.role':
    case 'aws.iam.user':
    case 'aws.iam.group': {
      const name = known(p['roleName']) ?? known(p['userName']) ?? known(p['groupName']);
      const kind = r.type.slice('aws.iam.'.length);
      return account && name ? `arn:aws:iam::${account}:${kind}${pathOf(p)}${name}` : undefined;
    }
    case 'aws.iam.policy': {
      const name = known(p['policyName']);
      return account && name ? `arn:aws:iam::${account}:policy${pathOf(p)}${name}` : undefined;
    }
    case 'aws.s3.bucket': {
      const name = known(p['bucketName']);
      return name ? `arn:aws:s3:::${name}` : undefined;
    }
    case 'aws.lambda.function': {
      const name = known(p['functionName']) ?? (r.name && !r.name.includes('.') ? r.name : undefined);
      return account && r.region && name ? `arn:aws:lambda:${r.region}:${account}:function:${name}` : undefined;
    }
    default:
      return undefined;
  }
}

/** An IAM path (`/team/`) as it sits in the ARN; `/` when unset. */
function pathOf(p: Record<string, unknown>): string {
  const path = known(p['path']);
  return path && path.startsWith('/') && path.endsWith('/') ? path : '/';
}
