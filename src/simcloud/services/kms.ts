/**
 * AWS KMS (awsJson1_1, `TrentService`): the read calls a posture scan makes on keys, aliases and tags, and
 * EnableKeyRotation, the write remediation uses. Keys live in the regional `kms` section (kms/state.ts).
 */
import { defineService, SimError } from '../service.js';
import { pageOf, required, str, withTimes } from './monitoring/shared.js';
import { findKey, kmsOf } from './kms/state.js';

const KEY_TIMES = ['CreationDate', 'DeletionDate', 'ValidTo'];

export default defineService({
  signingName: 'kms',
  protocol: 'awsJson1_1',
  targetPrefix: 'TrentService',
  operations: {
    ListKeys(input, ctx) {
      const page = pageOf(kmsOf(ctx).Keys, input['Marker'], input['Limit'], 100, 1000, 'InvalidMarkerException');
      return {
        Keys: page.items.map((k) => ({ KeyId: k.KeyMetadata.KeyId, KeyArn: k.KeyMetadata.Arn })),
        Truncated: page.next !== undefined,
        ...(page.next !== undefined ? { NextMarker: page.next } : {}),
      };
    },
    DescribeKey(input, ctx) {
      const key = findKey(kmsOf(ctx), required(input, 'KeyId'));
      return { KeyMetadata: withTimes(key.KeyMetadata, KEY_TIMES) };
    },
    GetKeyRotationStatus(input, ctx) {
      const key = findKey(kmsOf(ctx), required(input, 'KeyId'));
      const m = key.KeyMetadata;
      if (m.KeySpec !== 'SYMMETRIC_DEFAULT') throw new SimError('UnsupportedOperationException', `${m.Arn} key spec ${m.KeySpec} does not support automatic rotation.`, 400);
      return { KeyId: m.Arn, KeyRotationEnabled: key.KeyRotationEnabled === true, ...(key.KeyRotationEnabled === true ? { RotationPeriodInDays: key.RotationPeriodInDays ?? 365 } : {}) };
    },
    GetKeyPolicy(input, ctx) {
      const key = findKey(kmsOf(ctx), required(input, 'KeyId'));
      const name = str(input, 'PolicyName') ?? 'default';
      if (name !== 'default') throw new SimError('NotFoundException', `Policy ${name} does not exist.`, 400);
      return { Policy: key.Policy, PolicyName: 'default' };
    },
    ListAliases(input, ctx) {
      const s = kmsOf(ctx);
      const ref = str(input, 'KeyId');
      const keyId = ref === undefined ? undefined : findKey(s, ref).KeyMetadata.KeyId;
      const aliases = keyId === undefined ? s.Aliases : s.Aliases.filter((a) => a.TargetKeyId === keyId);
      const page = pageOf(aliases, input['Marker'], input['Limit'], 50, 100, 'InvalidMarkerException');
      return {
        Aliases: page.items.map((a) => withTimes(a, ['CreationDate', 'LastUpdatedDate'])),
        Truncated: page.next !== undefined,
        ...(page.next !== undefined ? { NextMarker: page.next } : {}),
      };
    },
    ListResourceTags(input, ctx) {
      const key = findKey(kmsOf(ctx), required(input, 'KeyId'));
      const page = pageOf(key.Tags ?? [], input['Marker'], input['Limit'], 50, 50, 'InvalidMarkerException');
      return { Tags: page.items, Truncated: page.next !== undefined, ...(page.next !== undefined ? { NextMarker: page.next } : {}) };
    },
    EnableKeyRotation(input, ctx) {
      const key = findKey(kmsOf(ctx), required(input, 'KeyId'));
      const m = key.KeyMetadata;
      if (m.KeyManager === 'AWS') throw new SimError('AccessDeniedException', `You cannot modify the rotation of AWS managed key ${m.Arn}.`, 400);
      if (m.KeySpec !== 'SYMMETRIC_DEFAULT' || m.Origin !== 'AWS_KMS') throw new SimError('UnsupportedOperationException', `${m.Arn} does not support automatic rotation.`, 400);
      if (m.KeyState !== 'Enabled') throw new SimError('KMSInvalidStateException', `${m.Arn} is ${m.KeyState ?? 'not enabled'}.`, 400);
      const period = input['RotationPeriodInDays'];
      if (period !== undefined && (typeof period !== 'number' || period < 90 || period > 2560)) {
        throw new SimError('ValidationException', 'RotationPeriodInDays must be between 90 and 2560.', 400);
      }
      key.KeyRotationEnabled = true;
      key.RotationPeriodInDays = typeof period === 'number' ? period : (key.RotationPeriodInDays ?? 365);
      return {};
    },
  },
});

