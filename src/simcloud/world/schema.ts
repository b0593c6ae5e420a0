/**
 * The world file format (`WorldInput`, plain JSON/YAML; docs/simcloud.md) and its validation. Validation
 * returns every problem with the path of the offending value, so the loader can name file:line.
 */

/** A credential as written in a world file. */
export interface CredentialInput {
  accessKeyId: string;
  secretAccessKey: string;
  accountId: string;
  /** `root`, `user/<name>` or `role/<name>`. */
  principal: string;
  denied?: string[];
}

/** An account as written in a world file. */
export interface AccountInput {
  id: string;
  name?: string;
  email?: string;
  /** OU or root id (default: the organization root). */
  parentId?: string;
  /** Default: every region that is not opt-in. */
  enabledRegions?: string[];
  /** Global service sections keyed by signing name (`iam`, `s3`, ...), in the AWS API shapes. */
  services?: Record<string, unknown>;
  /** Regional service sections: `regions.<region>.<signingName>`. */
  regions?: Record<string, Record<string, unknown>>;
}

/** A service control policy as written in a world file (`document` may be an object or a JSON string). */
export interface PolicyInput {
  id: string;
  name: string;
  description?: string;
  document: string | Record<string, unknown>;
  targets?: string[];
}

/** The organization as written in a world file. */
export interface OrganizationInput {
  id: string;
  managementAccountId: string;
  rootId?: string;
  units?: { id: string; name: string; parentId?: string }[];
  policies?: PolicyInput[];
}

/** A whole world file. */
export interface WorldInput {
  /** Every region simcloud knows (default: the commercial regions in `DEFAULT_REGIONS`). */
  regions?: string[];
  /** Regions that are disabled unless an account lists them in `enabledRegions` (default `DEFAULT_OPT_IN_REGIONS`). */
  optInRegions?: string[];
  organization?: OrganizationInput;
  accounts: AccountInput[];
  credentials?: CredentialInput[];
}

/** The commercial regions enabled by default. */
export const DEFAULT_REGIONS = ['us-east-1', 'us-east-2', 'us-west-1', 'us-west-2', 'ca-central-1', 'eu-west-1', 'eu-west-2', 'eu-west-3', 'eu-central-1', 'eu-north-1', 'ap-northeast-1', 'ap-northeast-2', 'ap-northeast-3', 'ap-southeast-1', 'ap-southeast-2', 'ap-south-1', 'sa-east-1'] as const;
/** Opt-in regions (disabled unless enabled per account). */
export const DEFAULT_OPT_IN_REGIONS = ['af-south-1', 'ap-east-1', 'eu-south-1', 'me-south-1', 'il-central-1'] as const;

/** A validation problem at a path inside the world document. */
export interface SchemaIssue {
  readonly path: readonly (string | number)[];
  readonly message: string;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Validates a parsed world document; an empty list means it is a valid `WorldInput`. */
export function validateWorld(doc: unknown): SchemaIssue[] {
  const issues: SchemaIssue[] = [];
  const add = (path: (string | number)[], message: string) => issues.push({ path, message });
  if (!isObj(doc)) return [{ path: [], message: 'a world must be an object with `accounts`' }];
  const strings = (v: unknown, path: (string | number)[]) => {
    if (v === undefined) return;
    if (!Array.isArray(v)) { add(path, 'must be a list of strings'); return; }
    v.forEach((s, i) => typeof s !== 'string' && add([...path, i], 'must be a string'));
  };
  const str = (o: Obj, key: string, path: (string | number)[], required: boolean, pattern?: RegExp, hint?: string) => {
    const v = o[key];
    if (v === undefined) {
      if (required) add([...path], `missing required \`${key}\``);
      return;
    }
    if (typeof v !== 'string') { add([...path, key], `\`${key}\` must be a string${typeof v === 'number' ? ' (quote account ids: they may start with 0)' : ''}`); return; }
    if (pattern && !pattern.test(v)) add([...path, key], `\`${key}\` ${hint ?? `must match ${pattern}`}`);
  };
  strings(doc.regions, ['regions']);
  strings(doc.optInRegions, ['optInRegions']);
  const accountIds = new Set<string>();
  if (!Array.isArray(doc.accounts)) add(doc.accounts === undefined ? [] : ['accounts'], '`accounts` must be a list');
  else {
    doc.accounts.forEach((a, i) => {
      const p = ['accounts', i];
      if (!isObj(a)) { add(p, 'an account must be an object'); return; }
      str(a, 'id', p, true, /^\d{12}$/, 'must be a 12-digit account id');
      if (typeof a.id === 'string') {
        if (accountIds.has(a.id)) add([...p, 'id'], `duplicate account id ${a.id}`);
        accountIds.add(a.id);
      }
      str(a, 'name', p, false);
      str(a, 'email', p, false);
      str(a, 'parentId', p, false);
      strings(a.enabledRegions, [...p, 'enabledRegions']);
      if (a.services !== undefined && !isObj(a.services)) add([...p, 'services'], '`services` must be a map of service sections');
      if (a.regions !== undefined) {
        if (!isObj(a.regions)) add([...p, 'regions'], '`regions` must be a map of region → service sections');
        else for (const [r, v] of Object.entries(a.regions)) if (!isObj(v)) add([...p, 'regions', r], 'a region must be a map of service sections');
      }
    });
  }
  const org = doc.organization;
  if (org !== undefined) {
    const p = ['organization'];
    if (!isObj(org)) add(p, '`organization` must be an object');
    else {
      str(org, 'id', p, true, /^o-[a-z0-9]{10,32}$/, 'must look like o-xxxxxxxxxx');
      str(org, 'managementAccountId', p, true, /^\d{12}$/, 'must be a 12-digit account id');
      if (typeof org.managementAccountId === 'string' && accountIds.size > 0 && !accountIds.has(org.managementAccountId)) add([...p, 'managementAccountId'], `management account ${org.managementAccountId} is not among the accounts`);
      str(org, 'rootId', p, false, /^r-[0-9a-z]{4,32}$/, 'must look like r-xxxx');
      const ids = new Set<string>([typeof org.rootId === 'string' ? org.rootId : '']);
      if (org.units !== undefined && !Array.isArray(org.units)) add([...p, 'units'], '`units` must be a list');
      (Array.isArray(org.units) ? org.units : []).forEach((u, i) => {
        const up = [...p, 'units', i];
        if (!isObj(u)) { add(up, 'an OU must be an object'); return; }
        str(u, 'id', up, true, /^ou-[0-9a-z]{4,32}-[a-z0-9]{8,32}$/, 'must look like ou-xxxx-xxxxxxxx');
        str(u, 'name', up, true);
        str(u, 'parentId', up, false);
        if (typeof u.id === 'string') ids.add(u.id);
      });
      if (org.policies !== undefined && !Array.isArray(org.policies)) add([...p, 'policies'], '`policies` must be a list');
      (Array.isArray(org.policies) ? org.policies : []).forEach((pol, i) => {
        const pp = [...p, 'policies', i];
        if (!isObj(pol)) { add(pp, 'a policy must be an object'); return; }
        str(pol, 'id', pp, true, /^p-[0-9a-zA-Z_]{8,128}$/, 'must look like p-xxxxxxxx');
        str(pol, 'name', pp, true);
        if (typeof pol.document !== 'string' && !isObj(pol.document)) add([...pp, 'document'], '`document` must be a policy object or a JSON string');
        else if (typeof pol.document === 'string') {
          try {
            JSON.parse(pol.document);
          } catch {
            add([...pp, 'document'], '`document` is not valid JSON');
          }
        }
        strings(pol.targets, [...pp, 'targets']);
      });
    }
  }
  if (doc.credentials !== undefined && !Array.isArray(doc.credentials)) add(['credentials'], '`credentials` must be a list');
  (Array.isArray(doc.credentials) ? doc.credentials : []).forEach((c, i) => {
    const p = ['credentials', i];
    if (!isObj(c)) { add(p, 'a credential must be an object'); return; }
    str(c, 'accessKeyId', p, true, /^[A-Z0-9]{16,128}$/, 'must be 16+ upper-case letters/digits');
    str(c, 'secretAccessKey', p, true);
    str(c, 'accountId', p, true, /^\d{12}$/, 'must be a 12-digit account id');
    if (typeof c.accountId === 'string' && accountIds.size > 0 && !accountIds.has(c.accountId)) add([...p, 'accountId'], `account ${c.accountId} is not among the accounts`);
    str(c, 'principal', p, true, /^(root|user\/.+|role\/.+)$/, 'must be `root`, `user/<name>` or `role/<name>`');
    strings(c.denied, [...p, 'denied']);
  });
  return issues;
}
