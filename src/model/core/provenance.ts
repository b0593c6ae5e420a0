/**
 * Where a value came from. Every leaf value in the model carries one, so a finding can point at
 * the exact file and line (IaC), the API call (live discovery) or the exported record (inventory import).
 */
export type Provenance = IacProvenance | ApiProvenance | ImportProvenance | NoProvenance;

/** A range in an IaC source file. Lines and columns are 1-based; endLine is inclusive. */
export interface IacProvenance {
  readonly kind: 'iac';
  readonly file: string;
  readonly startLine: number;
  readonly endLine: number;
  readonly startColumn?: number;
  /** Dotted attribute path inside the block, e.g. `versioning.enabled`; absent for the whole block. */
  readonly attribute?: string;
}

/** A live API call, e.g. `s3:GetBucketEncryption` in `eu-west-1` of account `111122223333`. */
export interface ApiProvenance {
  readonly kind: 'api';
  readonly call: string;
  readonly region?: string;
  readonly account?: string;
}

/** A record of an inventory export (AWS Config snapshot, Cloud Asset Inventory, ...). */
export interface ImportProvenance {
  readonly kind: 'import';
  readonly file: string;
  readonly format: string;
  /** JSON pointer or record index inside the file. */
  readonly pointer?: string;
  readonly line?: number;
}

/** Only for values built in tests or derived with no single origin. */
export interface NoProvenance {
  readonly kind: 'none';
}

export const NO_PROVENANCE: NoProvenance = Object.freeze({ kind: 'none' });

/** A short human-readable description: `main.tf:12-14`, `s3:GetBucketPolicy (eu-west-1)`. */
export function describeProvenance(p: Provenance): string {
  switch (p.kind) {
    case 'iac':
      return p.startLine === p.endLine ? `${p.file}:${p.startLine}` : `${p.file}:${p.startLine}-${p.endLine}`;
    case 'api':
      return p.region ? `${p.call} (${p.region})` : p.call;
    case 'import':
      return p.pointer ? `${p.file}#${p.pointer}` : p.file;
    case 'none':
      return 'unknown origin';
  }
}
