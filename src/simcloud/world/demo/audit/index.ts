import { createHash } from 'node:crypto';
import { attackRecords, type PlantedAttack } from './attacks.js';
import { benignRecords } from './background.js';

export { ATTACKER_IP, TOR_EXIT, type PlantedAttack } from './attacks.js';

/** The organization trail's bucket (security account) and the organization id in its key prefix. */
export const TRAIL_BUCKET = 'acme-security-cloudtrail';
const ORG = 'o-demoacme01';

export interface LogObject {
  readonly key: string;
  /** The delivery file's JSON (`{"Records":[…]}`); stored gzipped, as CloudTrail does. */
  readonly json: string;
}

/** The whole day, benign and planted, in time order. */
export function demoAuditDay(): { records: Record<string, unknown>[]; attacks: PlantedAttack[] } {
  const { records, attacks } = attackRecords();
  const all = [...benignRecords(), ...records].sort((a, b) => String(a['eventTime']).localeCompare(String(b['eventTime'])) || String(a['eventID']).localeCompare(String(b['eventID'])));
  return { records: all, attacks };
}

/**
 * The day as CloudTrail delivers an organization trail: one gzipped file per account, region and hour under
 * `AWSLogs/<org>/<account>/CloudTrail/<region>/YYYY/MM/DD/`.
 */
export function demoTrailObjects(): LogObject[] {
  const groups = new Map<string, Record<string, unknown>[]>();
  for (const r of demoAuditDay().records) {
    const time = String(r['eventTime']);
    const hour = `${time.slice(0, 4)}${time.slice(5, 7)}${time.slice(8, 10)}T${time.slice(11, 13)}00Z`;
    const key = `${r['recipientAccountId']}|${r['awsRegion']}|${hour}`;
    let list = groups.get(key);
    if (!list) groups.set(key, (list = []));
    list.push(r);
  }
  return [...groups].map(([group, records]) => {
    const [account, region, hour] = group.split('|') as [string, string, string];
    const json = JSON.stringify({ Records: records });
    const suffix = createHash('sha256').update(json).digest('hex').slice(0, 16).toUpperCase();
    const day = `${hour.slice(0, 4)}/${hour.slice(4, 6)}/${hour.slice(6, 8)}`;
    return { key: `AWSLogs/${ORG}/${account}/CloudTrail/${region}/${day}/${account}_CloudTrail_${region}_${hour}_${suffix}.json.gz`, json };
  });
}
