/**
 * The policies of each IAM principal in a scan, gathered the way IAM applies them: the principal's inline and
 * attached managed policies, a user's groups' policies, and its permissions boundary. Managed policies are
 * resolved from the inventory by uid or ARN (AWS managed ones are collected once per account, with a
 * `#<account>` suffix on the uid); AdministratorAccess is known by heart so IaC scans, which never hold AWS
 * managed documents, still see it. A policy that cannot be resolved is listed as missing, so the caller can
 * tell "denied" from "could not know".
 */
import { isKnown, type Resource } from '../model/core/index.js';
import type { IamGroupProperties, IamManagedPolicyProperties, IamRoleProperties, IamUserProperties } from '../model/aws/iam.js';
import type { PolicyDocument } from '../model/aws/policy.js';
import type { NamedPolicy } from './iam/types.js';
import { IacArns } from './iac-arns.js';

const ADMIN_DOCUMENT: PolicyDocument = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] };
const ADMIN_ARN = /^arn:aws[a-z-]*:iam::aws:policy\/AdministratorAccess$/;

/** Everything that applies to one principal's identity side. */
export interface PrincipalPolicies {
  readonly identity: readonly NamedPolicy[];
  readonly permissionsBoundary?: NamedPolicy;
  /** Policies that apply but whose documents the scan does not hold (why, per policy). */
  readonly missing: readonly string[];
}

type PrincipalProps = Partial<IamUserProperties & IamRoleProperties & IamGroupProperties>;

/** Resolves managed policies and principals' policy sets over one inventory. */
export class PolicyIndex {
  private readonly byRef = new Map<string, Resource<'aws.iam.policy', IamManagedPolicyProperties>>();
  private readonly groups = new Map<string, Resource>();
  private readonly cache = new Map<string, PrincipalPolicies>();
  /** ARNs of IaC-declared resources, and IaC policies with their Terraform references resolved to them. */
  readonly arns: IacArns;

  constructor(resources: Iterable<Resource>) {
    const list = [...resources];
    this.arns = new IacArns(list);
    for (const r of list) {
      if (r.type === 'aws.iam.group') this.groups.set(r.uid, r);
      if (r.type !== 'aws.iam.policy') continue;
      const p = r as Resource<'aws.iam.policy', IamManagedPolicyProperties>;
      this.byRef.set(p.uid, p);
      // IaC leaves the ARN unknown until apply; with the account known, it is the policy's path and name.
      const arn = isKnown(p.properties.arn) ? p.properties.arn.value : p.account && isKnown(p.properties.policyName) ? `arn:aws:iam::${p.account}:policy/${p.properties.policyName.value}` : undefined;
      if (arn) {
        this.byRef.set(`${arn}#${p.account ?? ''}`, p);
        if (!this.byRef.has(arn)) this.byRef.set(arn, p);
      }
    }
  }

  /** A managed policy by its reference (uid or ARN) as seen from `account`. */
  managed(ref: string, account: string | undefined): NamedPolicy | string {
    const p = this.byRef.get(`${ref}#${account ?? ''}`) ?? this.byRef.get(ref);
    if (p) {
      const doc = p.properties.document;
      if (isKnown(doc)) return { id: isKnown(p.properties.arn) ? p.properties.arn.value : p.uid, document: this.documentOf(p, doc.value) };
      return `${ref}: ${doc.reason ?? 'document not readable'}`;
    }
    if (ADMIN_ARN.test(ref)) return { id: ref, document: ADMIN_DOCUMENT };
    return `${ref}: not in the scan`;
  }

  /** The identity-side policies of a user, role or group (memoized by uid). */
  of(principal: Resource): PrincipalPolicies {
    const hit = this.cache.get(principal.uid);
    if (hit) return hit;
    const identity: NamedPolicy[] = [];
    const missing: string[] = [];
    this.collect(principal, identity, missing);
    const props = principal.properties as PrincipalProps;
    if (principal.type === 'aws.iam.user' && props.groups) {
      if (!isKnown(props.groups)) missing.push(`groups of ${principal.name}: ${props.groups.reason ?? 'unknown'}`);
      else
        for (const g of props.groups.value) {
          const group = this.groups.get(g);
          if (group) this.collect(group, identity, missing);
          else missing.push(`group ${g}: not in the scan`);
        }
    }
    let permissionsBoundary: NamedPolicy | undefined;
    const b = props.permissionsBoundary;
    if (b && !isKnown(b)) missing.push(`permissions boundary of ${principal.name}: ${b.reason ?? 'unknown'}`);
    else if (b && b.value) {
      const resolved = this.managed(b.value, principal.account);
      if (typeof resolved === 'string') missing.push(`permissions boundary ${resolved}`);
      else permissionsBoundary = resolved;
    }
    const out: PrincipalPolicies = permissionsBoundary ? { identity, permissionsBoundary, missing } : { identity, missing };
    this.cache.set(principal.uid, out);
    return out;
  }

  /** An IaC document names declared resources by Terraform reference: those become their ARNs (iac-arns.ts). */
  private documentOf(owner: Resource, doc: PolicyDocument): PolicyDocument {
    return owner.origin.kind === 'iac' ? this.arns.literal(doc) : doc;
  }

  private collect(owner: Resource, identity: NamedPolicy[], missing: string[]): void {
    const props = owner.properties as PrincipalProps;
    const kind = owner.type.slice('aws.iam.'.length);
    if (props.inlinePolicies) {
      if (!isKnown(props.inlinePolicies)) missing.push(`inline policies of ${owner.name}: ${props.inlinePolicies.reason ?? 'unknown'}`);
      else
        for (const p of props.inlinePolicies.value) {
          const name = isKnown(p.name) ? p.name.value : '?';
          if (isKnown(p.document)) identity.push({ id: `inline:${kind}/${owner.name}/${name}`, document: this.documentOf(owner, p.document.value) });
          else missing.push(`inline policy ${name} of ${owner.name}: ${p.document.reason ?? 'unknown'}`);
        }
    }
    if (props.attachedPolicies) {
      if (!isKnown(props.attachedPolicies)) missing.push(`attached policies of ${owner.name}: ${props.attachedPolicies.reason ?? 'unknown'}`);
      else
        for (const ref of props.attachedPolicies.value) {
          const resolved = this.managed(ref, owner.account);
          if (typeof resolved === 'string') missing.push(resolved);
          else identity.push(resolved);
        }
    }
  }
}
