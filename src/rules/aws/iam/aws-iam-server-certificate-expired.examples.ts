import { defineExamples } from '../../kit/index.js';
import { modelFixture, v } from '../../kit/aws-logging-fixtures.js';

const cert = (expiration: string) => modelFixture('aws.iam.server-certificate', 'legacy-tls', { certificateName: v('legacy-tls'), expiration: v(expiration), uploadDate: v('2024-01-02T00:00:00Z') }, { account: '111122223333' });

// The example test evaluates at 2026-06-01. The PEM bodies are throwaway self-signed test certificates.
export default defineExamples({
  terraform: {
    good: [`variable "key" {}
resource "aws_iam_server_certificate" "legacy" {
  name             = "legacy-tls"
  private_key      = var.key
  certificate_body = <<EOT
-----BEGIN CERTIFICATE-----
MIIBNDCB2qADAgECAhRpzvXRcaetTnb8w40WXNMpgLYWAjAKBggqhkjOPQQDAjAa
MRgwFgYDVQQDDA9hcHAuZXhhbXBsZS5jb20wHhcNMjYwMTAxMDAwMDAwWhcNMzYw
MTAxMDAwMDAwWjAaMRgwFgYDVQQDDA9hcHAuZXhhbXBsZS5jb20wWTATBgcqhkjO
PQIBBggqhkjOPQMBBwNCAASac+PLjBQQzRTEJ9HgEUM8kSHZWdvF7GHiabnJ5dwp
2Lj+fTps6WFeW5m+byW27cUtMdx4EoMKVqVqxsUZv6XYMAoGCCqGSM49BAMCA0kA
MEYCIQCuWMfr37GY6OwhByxmeDhgPXZWtZngoM48Xz7CXP8MrwIhANaJ3Gu6hNqI
jDO1VULKJFO1u4JSvAovwevUoUE2HrFk
-----END CERTIFICATE-----
EOT
}`],
    bad: [`variable "key" {}
resource "aws_iam_server_certificate" "legacy" {
  name             = "legacy-tls"
  private_key      = var.key
  certificate_body = <<EOT
-----BEGIN CERTIFICATE-----
MIIBOjCB4KADAgECAhR+LnEHLApobIyVvlbFDejJwLjgWjAKBggqhkjOPQQDAjAd
MRswGQYDVQQDDBJsZWdhY3kuZXhhbXBsZS5jb20wHhcNMjQwMTAxMDAwMDAwWhcN
MjUwMTAxMDAwMDAwWjAdMRswGQYDVQQDDBJsZWdhY3kuZXhhbXBsZS5jb20wWTAT
BgcqhkjOPQIBBggqhkjOPQMBBwNCAASM0MApUwx6zJFGltppV4HlToOfGY6APp6G
MYYr7WmUiyWlhnjgggFckzLypk6xq768MB75jnL31WXTFcxtr6S1MAoGCCqGSM49
BAMCA0kAMEYCIQD5jIy1xwADDLawWUIr0uWzXz7u30tddUX7uPaUwMCZWgIhALzh
foicRT/DBe5kQn1UOyMJ9UZKJYsYQcZDJ0PC2/DK
-----END CERTIFICATE-----
EOT
}`],
    unknown: [`variable "body" {}
resource "aws_iam_server_certificate" "legacy" {
  name             = "legacy-tls"
  private_key      = var.body
  certificate_body = var.body
}`],
  },
  cloudformation: {
    good: [`Resources:
  LegacyTls:
    Type: AWS::IAM::ServerCertificate
    Properties:
      ServerCertificateName: legacy-tls
      PrivateKey: !Ref PrivateKey
      CertificateBody: |
        -----BEGIN CERTIFICATE-----
        MIIBNDCB2qADAgECAhRpzvXRcaetTnb8w40WXNMpgLYWAjAKBggqhkjOPQQDAjAa
        MRgwFgYDVQQDDA9hcHAuZXhhbXBsZS5jb20wHhcNMjYwMTAxMDAwMDAwWhcNMzYw
        MTAxMDAwMDAwWjAaMRgwFgYDVQQDDA9hcHAuZXhhbXBsZS5jb20wWTATBgcqhkjO
        PQIBBggqhkjOPQMBBwNCAASac+PLjBQQzRTEJ9HgEUM8kSHZWdvF7GHiabnJ5dwp
        2Lj+fTps6WFeW5m+byW27cUtMdx4EoMKVqVqxsUZv6XYMAoGCCqGSM49BAMCA0kA
        MEYCIQCuWMfr37GY6OwhByxmeDhgPXZWtZngoM48Xz7CXP8MrwIhANaJ3Gu6hNqI
        jDO1VULKJFO1u4JSvAovwevUoUE2HrFk
        -----END CERTIFICATE-----
Parameters:
  PrivateKey:
    Type: String
    NoEcho: true
`],
    bad: [`Resources:
  LegacyTls:
    Type: AWS::IAM::ServerCertificate
    Properties:
      ServerCertificateName: legacy-tls
      PrivateKey: !Ref PrivateKey
      CertificateBody: |
        -----BEGIN CERTIFICATE-----
        MIIBOjCB4KADAgECAhR+LnEHLApobIyVvlbFDejJwLjgWjAKBggqhkjOPQQDAjAd
        MRswGQYDVQQDDBJsZWdhY3kuZXhhbXBsZS5jb20wHhcNMjQwMTAxMDAwMDAwWhcN
        MjUwMTAxMDAwMDAwWjAdMRswGQYDVQQDDBJsZWdhY3kuZXhhbXBsZS5jb20wWTAT
        BgcqhkjOPQIBBggqhkjOPQMBBwNCAASM0MApUwx6zJFGltppV4HlToOfGY6APp6G
        MYYr7WmUiyWlhnjgggFckzLypk6xq768MB75jnL31WXTFcxtr6S1MAoGCCqGSM49
        BAMCA0kAMEYCIQD5jIy1xwADDLawWUIr0uWzXz7u30tddUX7uPaUwMCZWgIhALzh
        foicRT/DBe5kQn1UOyMJ9UZKJYsYQcZDJ0PC2/DK
        -----END CERTIFICATE-----
Parameters:
  PrivateKey:
    Type: String
    NoEcho: true
`],
  },
  model: {
    good: [cert('2027-03-01T00:00:00Z')],
    bad: [cert('2025-12-31T23:59:59Z')],
  },
});
