import { Duration, RemovalPolicy, Stack, type StackProps, Validations } from 'aws-cdk-lib';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { type CfnKey, type IKey, Key } from 'aws-cdk-lib/aws-kms';
import {
  BlockPublicAccess,
  Bucket,
  BucketEncryption,
  type CfnBucket,
  HttpMethods,
  type IBucket,
  ObjectOwnership,
} from 'aws-cdk-lib/aws-s3';
import { StringParameter } from 'aws-cdk-lib/aws-ssm';
import { S3_SERVER_ACCESS_LOGS_USE_BUCKET_POLICY } from 'aws-cdk-lib/cx-api';
import type { Construct } from 'constructs';
import { STAGING_PREFIX } from '../../shared/app/receipt-files';
import { bucketRetention, type DeploymentConfig } from '../config';
import {
  type DataTableSet,
  DataTables,
  DEFER_INDEXES_CONTEXT,
  deferredIndexes,
} from '../constructs/data-tables';
import { acknowledgeGuard } from '../constructs/guard';
import { refuseGrantsButToAwsServices } from '../constructs/key-policy';
import { LockedBucket, retentionLifecycle } from '../constructs/locked-bucket';
import { StaffDirectory } from '../constructs/staff-directory';

/** The stateful stack's inputs: the deployment's configuration. */
export type StatefulStackProps = StackProps & { config: DeploymentConfig };

/** Logical ids of the resources outside `DataTables`; tests pin them. */
export const STATEFUL_LOGICAL_IDS = {
  key: 'DataKey',
  receiptsBucket: 'ReceiptsBucket',
  financeBucket: 'FinanceBucket',
  accessLogsBucket: 'AccessLogsBucket',
} as const;

/** The SSM parameter holding the ARN of the key the system's log groups are encrypted with. */
export const LOG_KEY_PARAMETER = '/supplements/log-key-arn';

/**
 * Everything that holds data and must outlive any deployment: the customer-managed key, the
 * tables, the receipts and payout-file buckets, and the staff user pool (users, groups, MFA
 * devices). Every resource is retained and has a fixed logical id.
 */
export class StatefulStack extends Stack {
  readonly key: IKey;
  readonly tables: DataTableSet;
  readonly receiptsBucket: IBucket;
  readonly financeBucket: IBucket;
  readonly staff: StaffDirectory;

  constructor(scope: Construct, id: string, props: StatefulStackProps) {
    super(scope, id, props);
    // Access logs are delivered under a bucket policy rather than the legacy log-delivery ACL.
    this.node.setContext(S3_SERVER_ACCESS_LOGS_USE_BUCKET_POLICY, true);
    const { config } = props;

    const key = new Key(this, STATEFUL_LOGICAL_IDS.key, {
      description: 'Supplements: encrypts applications, decisions, receipts and payout files',
      alias: 'alias/supplements/data',
      enableKeyRotation: true,
      pendingWindow: Duration.days(30),
      removalPolicy: RemovalPolicy.RETAIN,
    });
    (key.node.defaultChild as CfnKey).overrideLogicalId(STATEFUL_LOGICAL_IDS.key);
    // CloudWatch Logs encrypts the system's log groups with this key, for this account's log groups only.
    key.addToResourcePolicy(
      new PolicyStatement({
        principals: [new ServicePrincipal(`logs.${this.region}.amazonaws.com`)],
        actions: ['kms:Encrypt*', 'kms:Decrypt*', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:Describe*'],
        resources: ['*'],
        conditions: {
          ArnLike: {
            'kms:EncryptionContext:aws:logs:arn': `arn:${this.partition}:logs:${this.region}:${this.account}:log-group:*`,
          },
        },
      }),
    );
    // Grants only to AWS services acting for this system (DynamoDB, S3, Logs), never to a principal directly.
    refuseGrantsButToAwsServices(key);
    this.key = key;
    // The application stack's log groups name the key through this parameter: a string in their
    // template (a dynamic reference) that Control Tower's CT.CLOUDWATCH.PR.3 can read as a key.
    new StringParameter(this, 'LogKeyArn', {
      parameterName: LOG_KEY_PARAMETER,
      description: 'The ARN of the customer-managed key every log group of the system is encrypted with',
      stringValue: key.keyArn,
    });

    this.tables = new DataTables(this, 'Tables', {
      encryptionKey: key,
      deferredIndexes: deferredIndexes(this.node.tryGetContext(DEFER_INDEXES_CONTEXT)),
    }).tables;
    this.staff = new StaffDirectory(this, 'Staff', { signIn: config.staffSignIn });

    const receipts = bucketRetention(config, 'receipts');
    const accessLogs = new Bucket(this, STATEFUL_LOGICAL_IDS.accessLogsBucket, {
      // S3 delivers server access logs only to buckets with S3-managed default encryption.
      encryption: BucketEncryption.S3_MANAGED,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      enforceSSL: true,
      minimumTLSVersion: 1.2,
      versioned: true,
      lifecycleRules: retentionLifecycle(receipts),
      removalPolicy: RemovalPolicy.RETAIN,
    });
    (accessLogs.node.defaultChild as CfnBucket).overrideLogicalId(STATEFUL_LOGICAL_IDS.accessLogsBucket);
    Validations.of(accessLogs).acknowledge({
      id: 'AwsSolutions-S1',
      reason: 'This is the server access log bucket itself; logging it into itself would loop.',
    });
    for (const [rule, reason] of [
      ['bucketLogging', 'This is the server access log bucket itself; logging it into itself would loop.'],
      [
        'bucketKms',
        'S3 delivers server access logs only to buckets with S3-managed default encryption (SSE-S3).',
      ],
      [
        'bucketObjectLock',
        'S3 does not deliver server access logs to a bucket with an Object Lock default retention; the logs are versioned and kept by lifecycle as long as the receipts.',
      ],
      [
        'bucketEvents',
        'Only S3 writes here (server access logs); nothing acts on a log object when it lands.',
      ],
    ] as const) {
      acknowledgeGuard(accessLogs, rule, reason);
    }

    this.receiptsBucket = new LockedBucket(this, STATEFUL_LOGICAL_IDS.receiptsBucket, {
      encryptionKey: key,
      retention: receipts,
      accessLogs,
      stagingPrefix: STAGING_PREFIX,
      cors: [
        {
          // Families' browsers PUT each receipt straight to S3 with a pre-signed URL.
          allowedMethods: [HttpMethods.PUT],
          allowedOrigins: [config.publicOrigin],
          allowedHeaders: ['content-type', 'content-md5', 'x-amz-*'],
          exposedHeaders: ['ETag'],
          maxAge: 3000,
        },
      ],
    });
    this.financeBucket = new LockedBucket(this, STATEFUL_LOGICAL_IDS.financeBucket, {
      encryptionKey: key,
      retention: bucketRetention(config, 'finance'),
      accessLogs,
    });
  }
}
