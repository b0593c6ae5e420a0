import { openPortRule } from '../../kit/index.js';

/** WinRM exposed to the internet. */
export default openPortRule({
  id: 'aws-ec2-sg-winrm-open',
  ports: [5985, 5986],
  service: 'WinRM',
  risk: 'WinRM gives remote PowerShell; exposure invites password spraying and lateral movement with stolen credentials.',
  severity: 'high',
});
