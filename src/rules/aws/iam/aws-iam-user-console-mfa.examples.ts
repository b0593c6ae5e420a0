import { defineExamples } from '../../kit/index.js';
import { iamUser } from '../../kit/fixtures-iam.js';
import { v } from '../../kit/aws-logging-fixtures.js';
import { unresolvable } from '../../../model/core/index.js';

// Terraform declares console passwords (aws_iam_user_login_profile) but not MFA enrolment, so no Terraform examples.
export default defineExamples({
  cloudformation: {
    good: [
      `Parameters:
  InitialPassword:
    Type: String
    NoEcho: true
Resources:
  Alice:
    Type: AWS::IAM::User
    Properties:
      UserName: alice
      LoginProfile:
        Password: !Ref InitialPassword
        PasswordResetRequired: true
  AliceMfa:
    Type: AWS::IAM::VirtualMFADevice
    Properties:
      VirtualMfaDeviceName: alice
      Users:
        - !Ref Alice
`,
    ],
    bad: [
      `Parameters:
  InitialPassword:
    Type: String
    NoEcho: true
Resources:
  Bob:
    Type: AWS::IAM::User
    Properties:
      UserName: bob
      LoginProfile:
        Password: !Ref InitialPassword
        PasswordResetRequired: true
`,
    ],
  },
  model: {
    good: [iamUser('alice', { hasConsolePassword: v(true), mfaDevices: v(1) })],
    bad: [iamUser('bob', { hasConsolePassword: v(true), mfaDevices: v(0) })],
    unknown: [
      iamUser('carol', { hasConsolePassword: unresolvable('iam:GetLoginProfile: AccessDenied'), mfaDevices: v(0) }),
      iamUser('dave', { hasConsolePassword: v(true), mfaDevices: unresolvable('iam:ListMFADevices: throttled') }),
    ],
  },
});
