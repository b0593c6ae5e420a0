import { defineExamples } from '../../kit/index.js';

const terraform = (attach: string) => `resource "aws_iam_role" "app" {
  name = "app"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "ec2.amazonaws.com" } }]
  })
}

resource "aws_iam_role_policy_attachment" "app" {
  role       = aws_iam_role.app.name
  policy_arn = "${attach}"
}

resource "aws_iam_instance_profile" "app" {
  name = "app-profile"
  role = aws_iam_role.app.name
}

resource "aws_instance" "app" {
  ami                  = "ami-0123456789abcdef0"
  instance_type        = "t3.micro"
  iam_instance_profile = aws_iam_instance_profile.app.name
}`;

const cloudformation = (managed: string) => `Resources:
  AppRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: "2012-10-17"
        Statement:
          - Effect: Allow
            Principal: { Service: ec2.amazonaws.com }
            Action: sts:AssumeRole
      ManagedPolicyArns: [${managed}]
  AppProfile:
    Type: AWS::IAM::InstanceProfile
    Properties:
      Roles: [!Ref AppRole]
  App:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-0123456789abcdef0
      InstanceType: t3.micro
      IamInstanceProfile: !Ref AppProfile
`;

export default defineExamples({
  terraform: {
    good: [terraform('arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore'), `resource "aws_instance" "plain" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
}`],
    bad: [terraform('arn:aws:iam::aws:policy/AdministratorAccess')],
    unknown: [`resource "aws_instance" "app" {
  ami                  = "ami-0123456789abcdef0"
  instance_type        = "t3.micro"
  iam_instance_profile = "profile-defined-elsewhere"
}`],
  },
  cloudformation: {
    good: [cloudformation('arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore')],
    bad: [cloudformation('arn:aws:iam::aws:policy/AdministratorAccess')],
  },
});
