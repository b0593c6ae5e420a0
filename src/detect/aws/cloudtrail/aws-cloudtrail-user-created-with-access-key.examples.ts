import { defineDetectionExamples } from '../../kit/examples.js';
import { at, assumedRole, failed, iam } from '../../kit/cloudtrail-records-a.js';

const ops = { userIdentity: assumedRole('ops', 'mallory') };
const create = (u: string, minute = 0) => iam('CreateUser', { userName: u }, { ...ops, eventTime: at(minute) });
const key = (u: string, minute = 1) => iam('CreateAccessKey', { userName: u }, { ...ops, eventTime: at(minute) });

export default defineDetectionExamples({
  fires: [{ name: 'user then key', records: [create('svc-sync'), key('svc-sync', 3)] }],
  quiet: [
    { name: 'key for an existing user', records: [create('svc-sync'), key('other', 3)] },
    { name: 'key refused', records: [create('svc-sync'), failed(key('svc-sync', 3))] },
  ],
});
