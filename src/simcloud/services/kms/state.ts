/**
 * The KMS section of a region: keys as DescribeKey returns their metadata, plus what other calls read
 * (key policy, rotation status, tags), and the aliases as ListAliases returns them.
 */
import { regionalSection } from '../../world/state.js';
import { SimError, type CallContext } from '../../service.js';

export interface KmsKeyMetadata {
  KeyId: string;
  Arn?: string;
  AWSAccountId?: string;
  CreationDate?: string | number;
  Enabled?: boolean;
  Description?: string;
  KeyUsage?: string;
  /** Enabled | Disabled | PendingDeletion | PendingImport | Unavailable | ... */
  KeyState?: string;
  DeletionDate?: string | number;
  PendingDeletionWindowInDays?: number;
  Origin?: string;
  /** AWS | CUSTOMER */
  KeyManager?: string;
  KeySpec?: string;
  CustomerMasterKeySpec?: string;
  EncryptionAlgorithms?: string[];
  MultiRegion?: boolean;
  [k: string]: unknown;
}

export interface KmsKeyState {
  KeyMetadata: KmsKeyMetadata;
  /** The `default` key policy (JSON string). */
  Policy?: string;
  KeyRotationEnabled?: boolean;
  RotationPeriodInDays?: number;
  Tags?: { TagKey: string; TagValue: string }[];
}

export interface KmsAlias {
  AliasName: string;
  AliasArn?: string;
  TargetKeyId?: string;
  CreationDate?: string | number;
  LastUpdatedDate?: string | number;
}

export interface KmsSection {
  Keys: KmsKeyState[];
  Aliases: KmsAlias[];
}

/** Fills the fields AWS always returns (ARN, account, spec, state) from the key id and location. */
export function normalizeKms(section: Partial<KmsSection>, accountId: string, region: string): KmsSection {
  const s = section as KmsSection;
  s.Keys ??= [];
  s.Aliases ??= [];
  for (const k of s.Keys) {
    const m = k.KeyMetadata;
    m.Arn ??= `arn:aws:kms:${region}:${accountId}:key/${m.KeyId}`;
    m.AWSAccountId ??= accountId;
    m.KeyManager ??= 'CUSTOMER';
    m.KeySpec ??= m.CustomerMasterKeySpec ?? 'SYMMETRIC_DEFAULT';
    m.CustomerMasterKeySpec ??= m.KeySpec;
    m.KeyUsage ??= m.KeySpec.startsWith('HMAC') ? 'GENERATE_VERIFY_MAC' : 'ENCRYPT_DECRYPT';
    m.KeyState ??= m.Enabled === false ? 'Disabled' : 'Enabled';
    m.Enabled ??= m.KeyState === 'Enabled';
    m.Origin ??= 'AWS_KMS';
    m.MultiRegion ??= false;
    m.CreationDate ??= '2024-01-01T00:00:00Z';
    if (m.KeySpec === 'SYMMETRIC_DEFAULT') m.EncryptionAlgorithms ??= ['SYMMETRIC_DEFAULT'];
    // AWS managed keys always rotate (yearly); customer keys default to no rotation.
    k.KeyRotationEnabled ??= m.KeyManager === 'AWS';
    k.Policy ??= defaultKeyPolicy(accountId);
    k.Tags ??= [];
  }
  for (const a of s.Aliases) a.AliasArn ??= `arn:aws:kms:${region}:${accountId}:${a.AliasName}`;
  return s;
}

/** The default key policy AWS attaches: the account root may do anything with the key. */
export function defaultKeyPolicy(accountId: string): string {
  return JSON.stringify({
    Version: '2012-10-17',
    Id: 'key-default-1',
    Statement: [{ Sid: 'Enable IAM User Permissions', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${accountId}:root` }, Action: 'kms:*', Resource: '*' }],
  });
}

/** The caller's KMS section for the request's region, normalized. */
export function kmsOf(ctx: CallContext): KmsSection {
  return normalizeKms(regionalSection<Partial<KmsSection>>(ctx.account, ctx.region, 'kms', () => ({})), ctx.account.id, ctx.region);
}

/** Resolves a key id, key ARN, alias name or alias ARN to the key, as KMS does; NotFoundException otherwise. */
export function findKey(section: KmsSection, ref: string): KmsKeyState {
  let id = ref;
  const aliasName = ref.startsWith('alias/') ? ref : /^arn:aws[\w-]*:kms:[^:]*:\d+:(alias\/.+)$/.exec(ref)?.[1];
  if (aliasName !== undefined) {
    const alias = section.Aliases.find((a) => a.AliasName === aliasName);
    if (alias?.TargetKeyId === undefined) throw new SimError('NotFoundException', `Alias ${ref} is not found.`, 400);
    id = alias.TargetKeyId;
  }
  const key = section.Keys.find((k) => k.KeyMetadata.KeyId === id || k.KeyMetadata.Arn === id);
  if (key === undefined) throw new SimError('NotFoundException', `Key '${ref}' does not exist`, 400);
  return key;
}
