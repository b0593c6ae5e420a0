import { check, defineRule } from '../../kit/index.js';

export default defineRule({
  id: 'aws-ec2-ebs-volume-unattached',
  title: 'EBS volume is not attached to any instance',
  severity: 'low',
  provider: 'aws',
  service: 'ec2',
  resourceType: 'aws.ec2.volume',
  description: 'Flags EBS volumes that no instance uses. Configuration files are not judged: a volume declared without an attachment may be attached by another configuration or at launch.',
  risk: 'Detached volumes are forgotten copies of data (often old root disks with credentials and logs) that nobody patches, monitors or deletes, and that keep costing money.',
  remediation: {
    cli: 'aws ec2 create-snapshot --volume-id VOLUME_ID --description "before deletion" && aws ec2 delete-volume --volume-id VOLUME_ID',
    terraform: '# remove the aws_ebs_volume (snapshot it first if the data is still needed)',
    cloudformation: '# remove the AWS::EC2::Volume (set DeletionPolicy: Snapshot to keep a copy)',
    console: 'EC2 > Volumes > filter "Volume state = Available" > the volume > Actions > Create snapshot, then Actions > Delete volume.',
  },
  references: [
    'https://docs.aws.amazon.com/ebs/latest/userguide/ebs-deleting-volume.html',
    'https://docs.aws.amazon.com/ebs/latest/userguide/ebs-describing-volumes.html',
  ],
  evaluate(volume, ctx) {
    if (ctx.sourceKind === 'iac') return undefined;
    return check('attachedInstances', volume.properties.attachedInstances, (list) => list.length > 0, {
      pass: 'The volume is attached to an instance',
      fail: 'The volume is not attached to any instance',
    });
  },
});
