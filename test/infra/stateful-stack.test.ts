import { App } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { config } from '../../infra/config';
import { TABLE_LOGICAL_IDS } from '../../infra/constructs/data-tables';
import { addSupplementsStacks } from '../../infra/stacks/supplements';
import { TABLES } from '../../shared/adapters/tables';
import { supplementsStacks } from './stacks';

// One synthesis for the whole file.
const template = Template.fromStack(supplementsStacks().stateful);
const resources = template.toJSON().Resources as Record<string, { Type: string; DeletionPolicy?: string }>;

const TABLE_IDS = TABLE_LOGICAL_IDS;
const BUCKET_IDS = ['ReceiptsBucket', 'FinanceBucket'] as const;

/** The properties of the resource with this logical id. */
function properties(logicalId: string): Record<string, unknown> {
  const resource = template.toJSON().Resources[logicalId] as
    | { Properties: Record<string, unknown> }
    | undefined;
  if (!resource) throw new Error(`no resource ${logicalId}`);
  return resource.Properties;
}

describe('StatefulStack logical ids', () => {
  it('keeps the fixed logical id and type of every stateful resource', () => {
    // Arrange
    const expected = {
      DataKey: 'AWS::KMS::Key',
      ApplicationsTable: 'AWS::DynamoDB::Table',
      DecisionsTable: 'AWS::DynamoDB::Table',
      DecisionLinksTable: 'AWS::DynamoDB::Table',
      PayoutLedgerTable: 'AWS::DynamoDB::Table',
      IdempotencyTable: 'AWS::DynamoDB::Table',
      SessionsTable: 'AWS::DynamoDB::Table',
      StaffUserPool: 'AWS::Cognito::UserPool',
      ReceiptsBucket: 'AWS::S3::Bucket',
      FinanceBucket: 'AWS::S3::Bucket',
      AccessLogsBucket: 'AWS::S3::Bucket',
    };

    // Act
    const actual = Object.fromEntries(Object.keys(expected).map((id) => [id, resources[id]?.Type]));

    // Assert
    expect(actual).toEqual(expected);
  });

  it('creates a table for every entry of shared/adapters/tables.ts', () => {
    expect(Object.keys(TABLE_IDS).sort()).toEqual(Object.keys(TABLES).sort());
    for (const id of Object.values(TABLE_IDS))
      expect([id, resources[id]?.Type]).toEqual([id, 'AWS::DynamoDB::Table']);
  });

  it('retains every table, bucket, the key and the staff user pool when the stack goes', () => {
    const stateful = Object.entries(resources).filter(([, r]) =>
      ['AWS::KMS::Key', 'AWS::DynamoDB::Table', 'AWS::S3::Bucket', 'AWS::Cognito::UserPool'].includes(r.Type),
    );

    expect(stateful).toHaveLength(5 + Object.keys(TABLES).length);
    for (const [id, resource] of stateful) expect([id, resource.DeletionPolicy]).toEqual([id, 'Retain']);
  });
});

describe('StatefulStack key', () => {
  it('rotates the customer-managed key', () => {
    expect(properties('DataKey')).toMatchObject({ EnableKeyRotation: true });
  });
});

describe('StatefulStack tables', () => {
  it.each(Object.entries(TABLE_IDS))(
    'creates %s on demand with PITR and the customer-managed key',
    (_, id) => {
      expect(properties(id)).toMatchObject({
        BillingMode: 'PAY_PER_REQUEST',
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
        SSESpecification: {
          SSEEnabled: true,
          SSEType: 'KMS',
          KMSMasterKeyId: { 'Fn::GetAtt': ['DataKey', 'Arn'] },
        },
        DeletionProtectionEnabled: true,
      });
    },
  );

  it('keys every table exactly as shared/adapters/tables.ts names it', () => {
    for (const [name, id] of Object.entries(TABLE_IDS)) {
      const spec = TABLES[name as keyof typeof TABLES] as { partitionKey: string; sortKey?: string };
      const keys = [
        { AttributeName: spec.partitionKey, KeyType: 'HASH' },
        ...(spec.sortKey ? [{ AttributeName: spec.sortKey, KeyType: 'RANGE' }] : []),
      ];
      expect([name, properties(id).KeySchema]).toEqual([name, keys]);
    }
  });

  it('expires decision links, idempotency keys and sessions on expiresAtEpoch and nothing else', () => {
    const ttl = Object.fromEntries(
      Object.entries(TABLE_IDS).map(([name, id]) => [name, properties(id).TimeToLiveSpecification]),
    );

    expect(ttl).toEqual({
      applications: undefined,
      decisions: undefined,
      decisionLinks: { AttributeName: TABLES.decisionLinks.ttl, Enabled: true },
      payoutLedger: undefined,
      idempotency: { AttributeName: TABLES.idempotency.ttl, Enabled: true },
      sessions: { AttributeName: TABLES.sessions.ttl, Enabled: true },
    });
  });

  it('creates the global secondary indexes tables.ts names', () => {
    const indexes = (id: string) =>
      ((properties(id).GlobalSecondaryIndexes ?? []) as { IndexName: string; KeySchema: unknown }[]).map(
        (index) => [index.IndexName, index.KeySchema],
      );

    expect(indexes('ApplicationsTable')).toEqual([
      [
        'byStatus',
        [
          { AttributeName: 'status', KeyType: 'HASH' },
          { AttributeName: 'updatedAt', KeyType: 'RANGE' },
        ],
      ],
      [
        'byChild',
        [
          { AttributeName: 'childKey', KeyType: 'HASH' },
          { AttributeName: 'submittedAt', KeyType: 'RANGE' },
        ],
      ],
      [
        'byMunicipality',
        [
          { AttributeName: 'municipality', KeyType: 'HASH' },
          { AttributeName: 'submittedAt', KeyType: 'RANGE' },
        ],
      ],
      [
        'byApplicant',
        [
          { AttributeName: 'applicantKey', KeyType: 'HASH' },
          { AttributeName: 'submittedAt', KeyType: 'RANGE' },
        ],
      ],
    ]);
    expect(indexes('DecisionLinksTable')).toEqual([
      [
        'byOpenPurpose',
        [
          { AttributeName: 'openPurpose', KeyType: 'HASH' },
          { AttributeName: 'createdAt', KeyType: 'RANGE' },
        ],
      ],
    ]);
    expect(indexes('PayoutLedgerTable')).toEqual([
      [
        'byStatusDue',
        [
          { AttributeName: 'status', KeyType: 'HASH' },
          { AttributeName: 'dueDate', KeyType: 'RANGE' },
        ],
      ],
    ]);
    expect(indexes('DecisionsTable')).toEqual([]);
    expect(indexes('IdempotencyTable')).toEqual([]);
    expect(indexes('SessionsTable')).toEqual([]);
  });

  it('leaves out the indexes named in the deferIndexes context, for one new index per table update', () => {
    const app = new App({
      context: { 'aws:cdk:bundling-stacks': [], deferIndexes: 'byApplicant' },
    });
    const deferred = Template.fromStack(addSupplementsStacks(app, config).stateful).toJSON().Resources
      .ApplicationsTable.Properties.GlobalSecondaryIndexes as { IndexName: string }[];

    expect(deferred.map((index) => index.IndexName)).toEqual(['byStatus', 'byChild', 'byMunicipality']);
    const wrong = new App({ context: { 'aws:cdk:bundling-stacks': [], deferIndexes: 'byNothing' } });
    expect(() => addSupplementsStacks(wrong, config)).toThrow(/deferIndexes: no index byNothing/);
  });
});

describe('StatefulStack buckets', () => {
  it('locks receipts by default in GOVERNANCE mode for the longest configured retention', () => {
    const days = Math.max(...Object.values(config.retention).map((r) => r.receiptsRetentionDays));

    expect(properties('ReceiptsBucket')).toMatchObject({
      ObjectLockEnabled: true,
      ObjectLockConfiguration: {
        ObjectLockEnabled: 'Enabled',
        Rule: { DefaultRetention: { Mode: 'GOVERNANCE', Days: days } },
      },
    });
  });

  it('locks payout files for five years (1826 days)', () => {
    expect(properties('FinanceBucket')).toMatchObject({
      ObjectLockEnabled: true,
      ObjectLockConfiguration: {
        ObjectLockEnabled: 'Enabled',
        Rule: { DefaultRetention: { Mode: 'GOVERNANCE', Days: 1826 } },
      },
    });
  });

  it.each(BUCKET_IDS)('keeps %s private, versioned and encrypted with the customer-managed key', (id) => {
    expect(properties(id)).toMatchObject({
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
      VersioningConfiguration: { Status: 'Enabled' },
      BucketEncryption: {
        ServerSideEncryptionConfiguration: [
          {
            BucketKeyEnabled: true,
            ServerSideEncryptionByDefault: {
              SSEAlgorithm: 'aws:kms',
              KMSMasterKeyID: { 'Fn::GetAtt': ['DataKey', 'Arn'] },
            },
          },
        ],
      },
      LoggingConfiguration: { DestinationBucketName: { Ref: 'AccessLogsBucket' }, LogFilePrefix: `${id}/` },
    });
  });

  it.each(BUCKET_IDS)('refuses every request to %s that is not over TLS', (id) => {
    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      Bucket: { Ref: id },
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: 'Deny',
            Action: 's3:*',
            Principal: { AWS: '*' },
            Condition: { Bool: { 'aws:SecureTransport': 'false' } },
          }),
        ]),
      },
    });
  });

  it.each(BUCKET_IDS)(
    'moves %s to infrequent access after 90 days and never expires a record in it',
    (id) => {
      // Receipts uploaded but never submitted wait in staging and expire there (test/infra/staging.test.ts).
      const rules = (
        properties(id).LifecycleConfiguration as { Rules: Record<string, unknown>[] }
      ).Rules.filter((r) => r.Prefix !== 'uploads/');

      expect(rules).toEqual([
        expect.objectContaining({
          Status: 'Enabled',
          Transitions: [{ StorageClass: 'STANDARD_IA', TransitionInDays: 90 }],
        }),
      ]);
      for (const rule of rules) {
        expect(rule).not.toHaveProperty('ExpirationInDays');
        expect(rule).not.toHaveProperty('NoncurrentVersionExpiration');
      }
    },
  );

  it('lets browsers PUT receipts from the public origin only', () => {
    expect(properties('ReceiptsBucket').CorsConfiguration).toEqual({
      CorsRules: [
        expect.objectContaining({ AllowedMethods: ['PUT'], AllowedOrigins: [config.publicOrigin] }),
      ],
    });
    expect(properties('FinanceBucket').CorsConfiguration).toBeUndefined();
  });
});
