import { defineDetection } from '../../kit/detection.js';
import { byService, readOnly, succeeded, who } from '../../kit/aws-a-events.js';

/** Event sources of the billing and payments consoles; their write events are few and all worth a look. */
const BILLING_SOURCES = new Set(['billingconsole', 'billing', 'payments', 'tax', 'taxconsole', 'invoicing']);
/** Billing console events with a detection of their own (closure, contacts, root email). */
const HANDLED_ELSEWHERE = new Set(['CloseAccount', 'SetContactAddress', 'SetAdditionalContacts', 'SetSecurityQuestions', 'SetAccountPreferences']);
/** Console reads are not always flagged read-only; their names say so. */
const READS = /^(Get|List|Describe|Download|Batch(Get|Describe))/;

export default defineDetection({
  id: 'aws-cloudtrail-billing-settings-changed',
  kind: 'event',
  services: ['billingconsole', 'billing', 'payments', 'tax', 'taxconsole', 'invoicing'],
  title: 'Billing, payment or tax settings changed',
  severity: 'low',
  provider: 'aws',
  mitre: { tactic: 'Impact', technique: 'T1657', techniqueName: 'Financial Theft' },
  description: 'A write call to the billing, payments or tax consoles: payment method (SetPayInformation), billing console access for IAM users, currency, tax registration, credit sharing, billing alerts. Intruders with billing access redirect invoices and alerts or swap the payment method. Account closure, contacts and account name/email/password have detections of their own.',
  falsePositives: 'Finance staff updating a card or an address; such changes are rare and easy to confirm.',
  references: ['https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/logging-using-cloudtrail.html'],
  match(e) {
    if (!BILLING_SOURCES.has(e.service) || HANDLED_ELSEWHERE.has(e.action) || READS.test(e.action) || readOnly(e) || !succeeded(e) || byService(e)) return undefined;
    return `${who(e)} changed billing settings (${e.service}:${e.action})`;
  },
});
