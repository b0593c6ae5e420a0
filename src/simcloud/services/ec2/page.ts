/**
 * EC2-style pagination over the core's tokens: `MaxResults` must lie in the operation's documented range
 * (DescribeInstances: 5–1000) and, when absent, some calls return everything and others a default page.
 */
import { paginate } from '../../pagination.js';
import { SimError } from '../../service.js';

export interface PageLimits {
  /** Smallest accepted MaxResults (DescribeInstances: 5). */
  readonly min: number;
  readonly max: number;
  /** Page size when MaxResults is absent. */
  readonly default: number;
}

export function page<T>(items: readonly T[], token: string | undefined, maxResults: number | undefined, _op: string, limits: PageLimits): { items: T[]; nextToken?: string } {
  if (maxResults !== undefined && (maxResults < limits.min || maxResults > limits.max)) {
    throw new SimError('InvalidParameterValue', `Value (${maxResults}) for parameter maxResults is invalid. Expecting a value between ${limits.min} and ${limits.max}.`);
  }
  const p = paginate(items, token, maxResults, limits.default, { errorCode: 'InvalidNextToken' });
  return p.nextToken === undefined ? { items: p.items } : { items: p.items, nextToken: p.nextToken };
}
