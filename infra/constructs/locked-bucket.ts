import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import {
  BlockPublicAccess,
  Bucket,
  BucketEncryption,
  type CfnBucket,
  type CorsRule,
  type IBucket,
  type LifecycleRule,
  ObjectLockRetention,
  ObjectOwnership,
  StorageClass,
} from 'aws-cdk-lib/aws-s3';
import type { Construct } from 'constructs';
import type { BucketRetention } from '../config';
import { acknowledgeGuard } from './guard';

/** What a locked bucket needs: its key, its retention, where its access logs go. */
export type LockedBucketProps = {
  encryptionKey: IKey;
  retention: BucketRetention;
  accessLogs: IBucket;
  cors?: CorsRule[];
  /**
   * A prefix for objects that wait for someone to take them (receipts uploaded but not yet
   * submitted): they expire after a day. Their uploads carry a one-day lock instead of the default
   * retention, so the expiry can remove them; what is taken is copied out under retention.
   */
  stagingPrefix?: string;
};

/** Objects move to cheaper storage once they are rarely read. */
const INFREQUENT_AFTER = Duration.days(90);

/**
 * A bucket for records the municipality must keep: S3 Object Lock with a default retention,
 * versioned, encrypted with the customer-managed key, private, TLS only, access-logged. Its
 * logical id is its construct id, so a refactoring can never replace it.
 */
export class LockedBucket extends Bucket {
  constructor(scope: Construct, id: string, props: LockedBucketProps) {
    const { days, mode } = props.retention;
    super(scope, id, {
      encryption: BucketEncryption.KMS,
      encryptionKey: props.encryptionKey,
      bucketKeyEnabled: true,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      enforceSSL: true,
      minimumTLSVersion: 1.2,
      versioned: true,
      objectLockEnabled: true,
      objectLockDefaultRetention:
        mode === 'COMPLIANCE'
          ? ObjectLockRetention.compliance(Duration.days(days))
          : ObjectLockRetention.governance(Duration.days(days)),
      serverAccessLogsBucket: props.accessLogs,
      serverAccessLogsPrefix: `${id}/`,
      lifecycleRules: [
        ...retentionLifecycle(props.retention),
        ...(props.stagingPrefix
          ? [
              {
                id: 'StagingExpires',
                prefix: props.stagingPrefix,
                expiration: Duration.days(1),
                noncurrentVersionExpiration: Duration.days(1),
                abortIncompleteMultipartUploadAfter: Duration.days(1),
              },
            ]
          : []),
      ],
      cors: props.cors,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    (this.node.defaultChild as CfnBucket).overrideLogicalId(id);
    acknowledgeGuard(
      this,
      'bucketEvents',
      'Nothing acts on an object when it lands: receipts are taken when their application is submitted, payout files are written and released by the payout run itself. S3 server access logs record every request.',
    );
  }
}

/** Cheaper storage after 90 days; expiry only where every municipality configured automatic deletion. */
export function retentionLifecycle(retention: BucketRetention): LifecycleRule[] {
  const expire = retention.expireAfterDays;
  return [
    {
      id: 'InfrequentAccess',
      transitions: [{ storageClass: StorageClass.INFREQUENT_ACCESS, transitionAfter: INFREQUENT_AFTER }],
      noncurrentVersionTransitions: [
        { storageClass: StorageClass.INFREQUENT_ACCESS, transitionAfter: INFREQUENT_AFTER },
      ],
      // An unfinished multipart upload is never a stored record, only its abandoned parts.
      abortIncompleteMultipartUploadAfter: Duration.days(7),
    },
    ...(expire === undefined
      ? []
      : [
          {
            id: 'ConfiguredDeletion',
            expiration: Duration.days(expire),
            noncurrentVersionExpiration: Duration.days(1),
          },
        ]),
  ];
}
