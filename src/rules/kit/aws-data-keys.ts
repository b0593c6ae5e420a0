/**
 * Who manages the KMS key a data resource names: the customer or AWS. Answers from the inventory's KMS keys
 * when the key is there (live scans list every key of the region), from the `alias/aws/...` names AWS
 * reserves for its own keys, and from the rule that AWS-managed keys cannot be used across accounts.
 */
import { isKnown, type Resource } from '../../model/core/index.js';
import type { RuleContext } from './rule.js';
import type { ModelResource } from '../../model/types.js';

/** Who manages a key, with the reason the verdict was reached (for the finding's message). */
export type KeyManagerVerdict = { readonly manager: 'AWS' | 'CUSTOMER'; readonly why: string } | { readonly manager: 'unknown'; readonly why: string };

const AWS_ALIAS = /(^|:)alias\/aws\//;

/** The inventory's KMS keys by their bare key id (the part after `:key/`), built once per evaluation. */
function keysById(ctx: RuleContext): ReadonlyMap<string, ModelResource<'aws.kms.key'>> {
  return ctx.memo('kmsKeysById', () => {
    const m = new Map<string, ModelResource<'aws.kms.key'>>();
    for (const k of ctx.ofType('aws.kms.key')) m.set(k.uid.replace(/^.*:key\//, ''), k);
    return m;
  });
}

/** Who manages the key `keyId` (an ARN, id or alias) that `owner` is encrypted with. */
export function keyManagerOf(keyId: string, owner: Resource, ctx: RuleContext): KeyManagerVerdict {
  if (AWS_ALIAS.test(keyId)) return { manager: 'AWS', why: `${keyId} is an AWS-managed alias` };
  const bare = keyId.replace(/^arn:aws[a-z-]*:kms:[^:]*:\d{12}:key\//, '');
  const key = ctx.get(keyId)?.type === 'aws.kms.key' ? (ctx.get(keyId) as ModelResource<'aws.kms.key'>) : keysById(ctx).get(bare);
  if (key) {
    const m = key.properties.keyManager;
    if (isKnown(m)) return { manager: m.value, why: `key ${key.name} is ${m.value === 'AWS' ? 'AWS' : 'customer'}-managed` };
    return { manager: 'unknown', why: `who manages key ${key.name} could not be determined: ${m.reason ?? 'unresolvable'}` };
  }
  if (/^alias\//.test(keyId) || /:alias\//.test(keyId)) return { manager: 'CUSTOMER', why: `${keyId} is a customer alias` };
  const account = /^arn:aws[a-z-]*:kms:[^:]*:(\d{12}):/.exec(keyId)?.[1];
  if (account && owner.account && account !== owner.account) return { manager: 'CUSTOMER', why: `key of account ${account}: AWS-managed keys cannot be shared across accounts` };
  // IaC names keys it creates or imports, which are customer keys; a live scan lists every key of the region, so a missing one is a gap.
  if (ctx.sourceKind === 'iac') return { manager: 'CUSTOMER', why: `${keyId} is a key set in the configuration` };
  return { manager: 'unknown', why: `key ${keyId} is not in the inventory (the KMS listing of its region failed or was not collected), so who manages it is unknown` };
}

