/** CloudTrail records for tests, shaped as CloudTrail writes them. */
export function ctRecord(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    eventVersion: '1.09',
    userIdentity: { type: 'IAMUser', principalId: 'AIDAEXAMPLEUSER00001', arn: 'arn:aws:iam::222222222222:user/maria.ops', accountId: '222222222222', accessKeyId: 'AKIAEXAMPLEKEY000001', userName: 'maria.ops' },
    eventTime: '2026-11-27T10:00:00Z',
    eventSource: 'iam.amazonaws.com',
    eventName: 'ListUsers',
    awsRegion: 'us-east-1',
    sourceIPAddress: '198.51.100.7',
    userAgent: 'aws-cli/2.17.0 Python/3.11',
    requestParameters: null,
    responseElements: null,
    requestID: 'req-0001',
    eventID: 'evt-0001',
    readOnly: true,
    eventType: 'AwsApiCall',
    managementEvent: true,
    recipientAccountId: '222222222222',
    ...over,
  };
}
