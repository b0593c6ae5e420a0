/**
 * What the classic ELB rules share: which listeners terminate TLS, and the TLS protocols a listener's
 * security policy enables (from the policy itself when the source lists them, else from the predefined
 * policy's documented protocols).
 */
import type { ClassicListener } from '../../model/aws/index.js';

export const CLASSIC_TLS_PROTOCOLS = ['HTTPS', 'SSL'];

/** What ELB attaches to an HTTPS/SSL listener created without a negotiation policy. */
export const CLASSIC_DEFAULT_SSL_POLICY = 'ELBSecurityPolicy-2016-08';

/** Protocols of the predefined classic security policies, as AWS documents them. */
const PREDEFINED: Readonly<Record<string, readonly string[]>> = {
  'ELBSecurityPolicy-TLS-1-2-2017-01': ['TLSv1.2'],
  'ELBSecurityPolicy-TLS-1-1-2017-01': ['TLSv1.1', 'TLSv1.2'],
  'ELBSecurityPolicy-2016-08': ['TLSv1', 'TLSv1.1', 'TLSv1.2'],
  'ELBSecurityPolicy-2015-05': ['TLSv1', 'TLSv1.1', 'TLSv1.2'],
  'ELBSecurityPolicy-2015-03': ['TLSv1', 'TLSv1.1', 'TLSv1.2'],
  'ELBSecurityPolicy-2015-02': ['TLSv1', 'TLSv1.1', 'TLSv1.2'],
  'ELBSecurityPolicy-2014-10': ['TLSv1', 'TLSv1.1', 'TLSv1.2'],
  'ELBSecurityPolicy-2014-01': ['SSLv3', 'TLSv1', 'TLSv1.1', 'TLSv1.2'],
  'ELBSecurityPolicy-2011-08': ['SSLv3', 'TLSv1'],
};

export const terminatesTls = (l: ClassicListener): boolean => CLASSIC_TLS_PROTOCOLS.includes(l.protocol.toUpperCase());

/** The listener's enabled protocols and the policy they come from; undefined protocols for a custom policy we cannot read. */
export function listenerTlsProtocols(l: ClassicListener): { policy: string; protocols: readonly string[] | undefined } {
  const policy = l.sslPolicy ?? CLASSIC_DEFAULT_SSL_POLICY;
  return { policy, protocols: l.sslProtocols ?? PREDEFINED[policy] };
}

/** Protocols older than TLS 1.2. */
export const OUTDATED_TLS = ['SSLv2', 'SSLv3', 'TLSv1', 'TLSv1.1'];
