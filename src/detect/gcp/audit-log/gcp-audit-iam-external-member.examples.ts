import { defineDetectionExamples } from '../../kit/examples.js';
import { projectIam, PROJECT } from '../../kit/gcp-records.js';

const known = ['example.com', PROJECT, 'shared-vpc-host-2211'];

export default defineDetectionExamples({
  fires: [
    { name: 'a gmail account given a role', records: [projectIam([['ADD', 'roles/storage.admin', 'user:helpful.contractor@gmail.com']])], context: { knownAccounts: known } },
    { name: 'a service account of an unknown project', records: [projectIam([['ADD', 'roles/iam.serviceAccountTokenCreator', 'serviceAccount:runner@attacker-lab-7731.iam.gserviceaccount.com']])], context: { knownAccounts: known } },
  ],
  quiet: [
    { name: 'organization user and own-project service account', records: [projectIam([['ADD', 'roles/viewer', 'user:ana@example.com'], ['ADD', 'roles/viewer', 'serviceAccount:etl@shared-vpc-host-2211.iam.gserviceaccount.com']])], context: { knownAccounts: known } },
    { name: 'a service account of the project itself, not listed', records: [projectIam([['ADD', 'roles/viewer', `serviceAccount:etl@${PROJECT}.iam.gserviceaccount.com`]])], context: { knownAccounts: ['example.com'] } },
    { name: 'a Google service agent', records: [projectIam([['ADD', 'roles/pubsub.serviceAgent', 'serviceAccount:service-318274659021@gcp-sa-pubsub.iam.gserviceaccount.com']])], context: { knownAccounts: known } },
    { name: 'no known domains given: cannot tell', records: [projectIam([['ADD', 'roles/storage.admin', 'user:helpful.contractor@gmail.com']])] },
  ],
});
