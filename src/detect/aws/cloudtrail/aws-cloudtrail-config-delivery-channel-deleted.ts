import { defineDetection } from '../../kit/detection.js';
import { asString, principalCall, req, who } from '../../kit/aws-b-params.js';

export default defineDetection({
  id: 'aws-cloudtrail-config-delivery-channel-deleted',
  kind: 'event',
  services: ['config'],
  actions: ['DeleteDeliveryChannel'],
  title: 'The AWS Config delivery channel was deleted',
  severity: 'medium',
  provider: 'aws',
  mitre: { tactic: 'Defense Evasion', technique: 'T1562.001', techniqueName: 'Impair Defenses: Disable or Modify Tools' },
  description: 'DeleteDeliveryChannel stopped AWS Config delivering configuration snapshots and history to S3 and SNS.',
  falsePositives: 'Recreating the channel with a new bucket. Check that a new channel was put in place.',
  references: ['https://docs.aws.amazon.com/config/latest/APIReference/API_DeleteDeliveryChannel.html'],
  match(e) {
    if (!principalCall(e, 'config', 'DeleteDeliveryChannel')) return undefined;
    return `${who(e)} deleted AWS Config delivery channel ${asString(req(e, 'deliveryChannelName')) ?? '(not named in the request)'}`;
  },
});
