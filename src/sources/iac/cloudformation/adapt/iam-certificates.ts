/**
 * AWS::IAM::ServerCertificate: the expiry is read from a literal CertificateBody (PEM); a body that is a
 * parameter, or that does not parse, leaves the expiry unresolvable rather than guessed.
 */
import { X509Certificate } from 'node:crypto';
import type { IamServerCertificateProperties } from '../../../../model/aws/iam.js';
import { defaulted, explicit, isKnown, unresolvable, type Value } from '../../../../model/core/index.js';
import { envelope, type Adapter } from './context.js';
import { Reader, tagsOf } from './read.js';

function expirationOf(body: Value<string>): Value<string | null> {
  if (!isKnown(body)) return unresolvable(body.reason ?? 'CertificateBody is not known', body.source);
  try {
    return explicit(new Date(new X509Certificate(body.value).validTo).toISOString(), body.source);
  } catch (e) {
    return unresolvable(`CertificateBody is not a PEM certificate: ${(e as Error).message}`, body.source);
  }
}

export const iamServerCertificate: Adapter = (r, ctx) => {
  const rd = new Reader(ctx, r);
  const certificateName = rd.str('ServerCertificateName', { unresolvable: 'CloudFormation generates the certificate name at deploy' });
  const props: IamServerCertificateProperties = {
    certificateName,
    expiration: expirationOf(rd.str('CertificateBody', { unresolvable: 'CertificateBody is not set' })),
    uploadDate: defaulted(null, rd.block, 'not uploaded yet'),
  };
  return envelope(ctx, r, 'aws.iam.server-certificate', certificateName, tagsOf(rd), props);
};
