import { isKnown } from '../../../model/core/index.js';
import { defineRule, evidence, fail, pass, unknown } from '../../kit/index.js';

export default defineRule({
  id: 'aws-iam-server-certificate-expired',
  title: 'IAM server certificate has expired',
  severity: 'medium',
  provider: 'aws',
  service: 'iam',
  resourceType: 'aws.iam.server-certificate',
  description:
    'TLS certificates stored in IAM (used by load balancers and CloudFront where ACM is not used) should be deleted once they expire, and replaced before. In Terraform and CloudFormation the expiry is read from a literal certificate body.',
  risk: 'An expired certificate left in IAM can be attached to a listener by mistake, breaking TLS for clients; the habit of keeping them also leaves certificates whose private keys nobody tracks any more.',
  remediation: {
    cli: 'aws iam list-server-certificates && aws iam delete-server-certificate --server-certificate-name NAME',
    terraform: '# remove the expired aws_iam_server_certificate; prefer aws_acm_certificate, which renews itself',
    cloudformation: '# remove the expired AWS::IAM::ServerCertificate; prefer AWS::CertificateManager::Certificate',
    console: 'IAM has no console page for server certificates: use the CLI, or move the endpoint to an ACM certificate (Certificate Manager > Request).',
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_server-certs.html',
    'https://docs.aws.amazon.com/acm/latest/userguide/acm-overview.html',
  ],
  evaluate(cert, ctx) {
    const exp = cert.properties.expiration;
    const ev = evidence('expiration', exp);
    const at = isKnown(exp) && exp.value !== null ? Date.parse(exp.value) : NaN;
    if (Number.isNaN(at)) return unknown(`the certificate's expiry is unknown${exp.reason ? `: ${exp.reason}` : ''}`, ev);
    const day = new Date(at).toISOString().slice(0, 10);
    return at <= ctx.now.getTime() ? fail(`the certificate expired on ${day}`, ev) : pass(`the certificate is valid until ${day}`, ev);
  },
});
