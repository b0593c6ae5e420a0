import { defineDetectionExamples } from '../../kit/examples.js';
import { ACCOUNT, OTHER_ACCOUNT, call, failed, root } from '../../kit/cloudtrail-records-a.js';

const accept = (action: string) =>
  call('organizations.amazonaws.com', 'AcceptHandshake', { handshakeId: 'h-0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d' }, {
    userIdentity: root(),
    responseElements: { handshake: { id: 'h-0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d', arn: `arn:aws:organizations::${OTHER_ACCOUNT}:handshake/o-zz9988776655/invite/h-0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d`, state: 'ACCEPTED', action, parties: [{ id: 'o-zz9988776655', type: 'ORGANIZATION' }, { id: ACCOUNT, type: 'ACCOUNT' }] } },
  });

export default defineDetectionExamples({
  fires: [{ name: 'joined an outside organization', records: [accept('INVITE')] }],
  quiet: [
    { name: 'the inviting management account is the company\'s', records: [accept('INVITE')], context: { knownAccounts: [OTHER_ACCOUNT] } },
    { name: 'an all-features handshake', records: [accept('APPROVE_ALL_FEATURES')] },
    { name: 'refused', records: [failed(accept('INVITE'))] },
  ],
});
