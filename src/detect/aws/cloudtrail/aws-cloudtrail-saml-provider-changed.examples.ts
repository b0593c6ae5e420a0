import { defineDetectionExamples } from '../../kit/examples.js';
import { failed, iam, iamUser } from '../../kit/cloudtrail-records-a.js';

const bob = { userIdentity: iamUser('bob.dev') };
const metadata = '<EntityDescriptor xmlns="urn:oasis:names:tc:SAML:2.0:metadata" entityID="https://idp.example.com/saml">...</EntityDescriptor>';

export default defineDetectionExamples({
  fires: [
    { name: 'new provider', records: [iam('CreateSAMLProvider', { name: 'corp-idp', sAMLMetadataDocument: metadata }, bob)] },
    { name: 'metadata replaced', records: [iam('UpdateSAMLProvider', { sAMLProviderArn: 'arn:aws:iam::222222222222:saml-provider/corp-idp', sAMLMetadataDocument: metadata }, bob)] },
  ],
  quiet: [
    { name: 'provider read', records: [iam('GetSAMLProvider', { sAMLProviderArn: 'arn:aws:iam::222222222222:saml-provider/corp-idp' }, { ...bob, readOnly: true })] },
    { name: 'refused', records: [failed(iam('UpdateSAMLProvider', { sAMLProviderArn: 'arn:aws:iam::222222222222:saml-provider/corp-idp', sAMLMetadataDocument: metadata }, bob))] },
  ],
});
