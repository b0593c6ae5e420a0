import { openPortRule } from '../../kit/index.js';

/** SMB/CIFS exposed to the internet. */
export default openPortRule({
  id: 'aws-ec2-sg-smb-open',
  ports: [139, 445],
  service: 'SMB/CIFS',
  risk: 'SMB exposed to the internet enabled worms such as WannaCry; it invites credential relay and exploitation of file-sharing flaws.',
  severity: 'high',
});
