import { defineDetectionExamples } from '../../kit/examples.js';
import { gcpEntry, policyDelta, PROJECT, projectIam } from '../../kit/gcp-records.js';

export default defineDetectionExamples({
  fires: [
    { name: 'Owner granted on the project', records: [projectIam([['ADD', 'roles/owner', 'user:ana@example.com']])] },
    { name: 'Editor granted on a folder', records: [gcpEntry({ service: 'cloudresourcemanager.googleapis.com', method: 'SetIamPolicy', resourceName: 'folders/481122009331', serviceData: policyDelta(['ADD', 'roles/editor', 'group:devs@example.com']), resourceType: 'folder' })] },
  ],
  quiet: [
    { name: 'Owner removed', records: [projectIam([['REMOVE', 'roles/owner', 'user:old.admin@example.com']])] },
    { name: 'Viewer granted', records: [projectIam([['ADD', 'roles/viewer', 'user:ana@example.com']])] },
    { name: 'policy read', records: [gcpEntry({ service: 'cloudresourcemanager.googleapis.com', method: 'GetIamPolicy', resourceName: `projects/${PROJECT}`, log: 'data_access' })] },
  ],
});
