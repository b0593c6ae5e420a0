import { defineDetection } from '../../kit/detection.js';
import { callEvenViaService, otherUser, who } from '../../kit/aws-a-events.js';

export default defineDetection({
  id: 'aws-cloudtrail-login-profile-for-other-user',
  kind: 'event',
  services: ['iam'],
  actions: ['CreateLoginProfile'],
  title: 'Console password created for another IAM user',
  severity: 'medium',
  provider: 'aws',
  mitre: { tactic: 'Persistence', technique: 'T1098', techniqueName: 'Account Manipulation' },
  description: 'A principal gave another IAM user a console password (CreateLoginProfile). Intruders do this to a privileged user that had none, then sign in as that user.',
  falsePositives: 'Onboarding: an administrator setting the first password of a new colleague. Check the user is a person who needs console access and that the password must be reset at first sign-in.',
  references: ['https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateLoginProfile.html'],
  match(e) {
    if (!callEvenViaService(e, 'iam', ['CreateLoginProfile'])) return undefined;
    const target = otherUser(e);
    return target ? `${who(e)} created a console password for IAM user ${target}` : undefined;
  },
});
