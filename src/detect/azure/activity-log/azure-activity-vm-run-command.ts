import { defineDetection } from '../../kit/detection.js';
import { azWho, completedOp, segmentAfter } from '../../kit/azure-events.js';

export default defineDetection({
  id: 'azure-activity-vm-run-command',
  kind: 'event',
  title: 'Command run on a virtual machine through the control plane',
  severity: 'medium',
  provider: 'azure',
  mitre: { tactic: 'Execution', technique: 'T1651', techniqueName: 'Cloud Administration Command' },
  description: 'A script was run on a virtual machine (or scale-set instance) with Run Command: it executes as SYSTEM or root, without network access to the machine, and its content is not in the Activity Log.',
  falsePositives: 'Operators troubleshooting a machine they cannot reach, or automation that uses Run Command. Check who ran it and whether it was planned.',
  references: ['https://learn.microsoft.com/azure/virtual-machines/run-command-overview'],
  match(e) {
    if (!completedOp(e, 'Microsoft.Compute/virtualMachines/runCommand/action', 'Microsoft.Compute/virtualMachines/runCommands/write', 'Microsoft.Compute/virtualMachineScaleSets/virtualMachines/runCommand/action')) return undefined;
    return `${azWho(e)} ran a command on ${segmentAfter(e, 'virtualMachines') ?? segmentAfter(e, 'virtualMachineScaleSets') ?? '(unknown machine)'}`;
  },
});
