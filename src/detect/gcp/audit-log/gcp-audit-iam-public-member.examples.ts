import { defineDetectionExamples } from '../../kit/examples.js';
import { gcpEntry, policyDelta, PROJECT, projectIam } from '../../kit/gcp-records.js';

const fn = `projects/${PROJECT}/locations/europe-west1/functions/export-report`;

export default defineDetectionExamples({
  fires: [
    { name: 'allUsers viewer on the project', records: [projectIam([['ADD', 'roles/viewer', 'allUsers']])] },
    { name: 'allAuthenticatedUsers on a function', records: [gcpEntry({ service: 'cloudfunctions.googleapis.com', method: 'google.cloud.functions.v1.CloudFunctionsService.SetIamPolicy', resourceName: fn, serviceData: policyDelta(['ADD', 'roles/cloudfunctions.invoker', 'allAuthenticatedUsers']), resourceType: 'cloud_function' })] },
    {
      name: 'no delta: the new policy names allUsers',
      records: [gcpEntry({ service: 'pubsub.googleapis.com', method: 'google.iam.v1.IAMPolicy.SetIamPolicy', resourceName: `projects/${PROJECT}/topics/orders`, request: { '@type': 'type.googleapis.com/google.iam.v1.SetIamPolicyRequest', resource: `projects/${PROJECT}/topics/orders`, policy: { bindings: [{ role: 'roles/pubsub.publisher', members: ['allUsers'] }] } } })],
    },
  ],
  quiet: [
    { name: 'allUsers removed', records: [projectIam([['REMOVE', 'roles/viewer', 'allUsers']])] },
    { name: 'a user added', records: [projectIam([['ADD', 'roles/viewer', 'user:ana@example.com']])] },
    { name: 'the same change denied', records: [projectIam([['ADD', 'roles/viewer', 'allUsers']], { code: 7 })] },
  ],
});
