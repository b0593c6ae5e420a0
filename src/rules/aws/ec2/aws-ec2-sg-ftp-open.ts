import { openPortRule } from '../../kit/index.js';

/** FTP exposed to the internet. */
export default openPortRule({
  id: 'aws-ec2-sg-ftp-open',
  ports: [20, 21],
  service: 'FTP',
  risk: 'FTP sends credentials and files in clear text and exposed servers are brute-forced and abused to host malware.',
  severity: 'high',
});
