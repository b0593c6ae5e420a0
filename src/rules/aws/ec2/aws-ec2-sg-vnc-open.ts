import { openPortRule } from '../../kit/index.js';

/** VNC exposed to the internet. */
export default openPortRule({
  id: 'aws-ec2-sg-vnc-open',
  ports: [5900],
  service: 'VNC',
  risk: 'VNC servers often use weak or no passwords; exposure gives an attacker the desktop of the machine.',
  severity: 'high',
});
