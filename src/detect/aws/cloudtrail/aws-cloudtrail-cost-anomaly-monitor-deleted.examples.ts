import { defineDetectionExamples } from '../../kit/examples.js';
import { ACCOUNT, call, failed, iamUser } from '../../kit/cloudtrail-records-a.js';

const bob = { userIdentity: iamUser('bob.dev') };
const monitorArn = `arn:aws:ce::${ACCOUNT}:anomalymonitor/0a1b2c3d-4e5f-6789-abcd-ef0123456789`;

export default defineDetectionExamples({
  fires: [
    { name: 'monitor deleted', records: [call('ce.amazonaws.com', 'DeleteAnomalyMonitor', { monitorArn }, bob)] },
    { name: 'alert subscription deleted', records: [call('ce.amazonaws.com', 'DeleteAnomalySubscription', { subscriptionArn: `arn:aws:ce::${ACCOUNT}:anomalysubscription/11111111-2222-3333-4444-555555555555` }, bob)] },
  ],
  quiet: [
    { name: 'monitor updated', records: [call('ce.amazonaws.com', 'UpdateAnomalyMonitor', { monitorArn, monitorName: 'services' }, bob)] },
    { name: 'refused', records: [failed(call('ce.amazonaws.com', 'DeleteAnomalyMonitor', { monitorArn }, bob))] },
  ],
});
