import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Aws, Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import { type IGrantable, PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import { Architecture, LoggingFormat, Runtime, Tracing } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat, SourceMapMode } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import type { EnvName } from '../../shared/config/env';
import { CATALOGUE_FILE } from '../../shared/runtime/compose/catalogue';
import { writeCatalogueJson } from '../build/catalogue-file';
import { BUNDLE_ALIASES, CATALOGUE_FUNCTIONS, LAMBDA_BUNDLE, SDK_EXTERNALS } from '../build/lambda-bundle';
import type { DataTable } from './data-tables';
import { acknowledgeGuard, NO_VPC_REASON } from './guard';
import { acknowledgeWildcardResources } from './nag';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Where each function's source map and esbuild metafile go: beside cdk.out, kept out of the Lambda zip. */
export const SOURCE_MAP_DIR = 'build/sourcemaps';

/**
 * esbuild's hooks once a function's bundle is built (local bundling: a shell): copy files into the
 * bundle, and move the source map (and esbuild's metafile) out of it, to `build/sourcemaps/<function>/`:
 * a separate artifact for reading a minified stack trace, not code Lambda loads.
 */
function bundleHooks(name: string, copies: { from: string; to: string }[]) {
  const quote = (path: string) => `'${path.replace(/'/g, "'\\''")}'`;
  const maps = join(ROOT, SOURCE_MAP_DIR, name);
  return {
    beforeBundling: () => [],
    beforeInstall: () => [],
    afterBundling: (inputDir: string, outputDir: string) => [
      ...copies.map(
        ({ from, to }) =>
          `mkdir -p ${quote(join(outputDir, dirname(to)))} && cp -R ${quote(join(inputDir, from))} ${quote(join(outputDir, to))}`,
      ),
      `mkdir -p ${quote(maps)} && mv ${quote(outputDir)}/*.map ${quote(outputDir)}/*.meta.json ${quote(maps)}/`,
    ],
  };
}

/** The namespace of the system's custom CloudWatch metrics (Powertools reads it from the environment). */
export const METRICS_NAMESPACE = 'Supplements';

/** What a function may do with a table or bucket. */
export type Access = 'read' | 'write' | 'read-write';

/** The few things that differ between the system's functions. */
export type NodeFunctionProps = {
  /** The handler file `functions/<name>.ts`; also the Powertools service name. */
  name: string;
  description: string;
  logRetention: RetentionDays;
  /** Names the handler reads at start; granting access is the `use…` helpers' job. */
  environment?: Record<string, string>;
  timeout?: Duration;
  memorySize?: number;
  /** Where asynchronous invocations go after their retries fail. */
  deadLetterQueue?: IQueue;
  /** Files or folders (relative to the repository) copied into the bundle (relative to its root). */
  copyIntoBundle?: { from: string; to: string }[];
  /** Packages left out of the bundle (they load files beside them); copy them in with `copyIntoBundle`. */
  externalModules?: string[];
};

/**
 * A Lambda function of this system, with every default in one place: Node 22 on ARM64, X-Ray
 * tracing, JSON logs in its own log group with retention, a CommonJS bundle built locally by esbuild
 * (its source map a separate artifact), and a role that holds nothing but what the `use…` helpers grant.
 */
export class NodeFunction extends Construct implements IGrantable {
  readonly function: NodejsFunction;
  readonly grantPrincipal: Role;

  constructor(scope: Construct, id: string, props: NodeFunctionProps) {
    super(scope, id);
    const logGroup = new LogGroup(this, 'Logs', {
      retention: props.logRetention,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    // An own role instead of AWSLambdaBasicExecutionRole: it may write to its own log group only.
    const role = new Role(this, 'Role', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: `Runs the ${props.name} function`,
    });
    logGroup.grantWrite(role);
    this.grantPrincipal = role;

    this.function = new NodejsFunction(this, 'Function', {
      entry: join(ROOT, 'functions', `${props.name}.ts`),
      handler: 'handler',
      projectRoot: ROOT,
      depsLockFilePath: join(ROOT, 'package-lock.json'),
      description: props.description,
      runtime: Runtime.NODEJS_22_X,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize ?? 1024,
      timeout: props.timeout ?? Duration.seconds(30),
      tracing: Tracing.ACTIVE,
      role,
      logGroup,
      loggingFormat: LoggingFormat.JSON,
      deadLetterQueue: props.deadLetterQueue,
      // No --enable-source-maps: the map is not in the zip (it is a build artifact, SOURCE_MAP_DIR),
      // and the flag would slow every start and every stack trace to look for it.
      environment: {
        ...props.environment,
        POWERTOOLS_SERVICE_NAME: props.name,
        POWERTOOLS_METRICS_NAMESPACE: METRICS_NAMESPACE,
      },
      bundling: {
        forceDockerBundling: false,
        minify: LAMBDA_BUNDLE.minify,
        sourceMap: true,
        // The map without a sourceMappingURL comment: it stays out of the zip (see bundleHooks).
        sourceMapMode: SourceMapMode.EXTERNAL,
        target: LAMBDA_BUNDLE.target,
        format: OutputFormat.CJS,
        mainFields: [...LAMBDA_BUNDLE.mainFields],
        banner: LAMBDA_BUNDLE.banner,
        define: { ...LAMBDA_BUNDLE.define },
        metafile: true,
        esbuildArgs: Object.fromEntries(
          Object.entries(BUNDLE_ALIASES).map(([from, to]) => [`--alias:${from}`, to]),
        ),
        // The SDK the nodejs22.x runtime provides (README, "Cold start": size and start times).
        bundleAwsSDK: false,
        externalModules: [...SDK_EXTERNALS, ...(props.externalModules ?? [])],
        commandHooks: bundleHooks(props.name, [
          ...(CATALOGUE_FUNCTIONS.includes(props.name)
            ? [{ from: writeCatalogueJson(), to: CATALOGUE_FILE }]
            : []),
          ...(props.copyIntoBundle ?? []),
        ]),
      },
    });

    Validations.of(this).acknowledge({
      id: 'AwsSolutions-L1',
      reason:
        'Node 22 on purpose: the project pins Node 22 as its toolchain (package.json `node`), so Lambda runs the version every test ran on. Moves with the toolchain.',
    });
    acknowledgeGuard(this, 'lambdaInVpc', NO_VPC_REASON);
    Validations.of(role).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason:
        'Active X-Ray tracing: xray:PutTraceSegments and xray:PutTelemetryRecords support no resource-level permissions.',
    });
  }

  /** Sets an environment variable the handler reads through `readConfig`. */
  setEnv(name: EnvName, value: string): this {
    this.function.addEnvironment(name, value);
    return this;
  }

  /**
   * Names the table in `name` and grants item reads (on the table and each named index) and/or
   * item writes, with the customer-managed key usable only through DynamoDB. No scans, no deletes:
   * nothing in this system removes a record (TTL expires links and idempotency keys).
   */
  useTable(table: DataTable, name: EnvName, access: Access): this {
    const reads = access !== 'write';
    const writes = access !== 'read';
    const indexArns = table.indexNames.map((index) => `${table.tableArn}/index/${index}`);
    this.allow(
      [...(reads ? TABLE_READS : []), ...(writes ? TABLE_WRITES : [])],
      [table.tableArn, ...(reads ? indexArns : [])],
    );
    if (table.encryptionKey) {
      this.allowKey(table.encryptionKey, 'dynamodb', writes ? [...KEY_READS, ...KEY_WRITES] : KEY_READS);
      if (writes) {
        for (const action of KEY_WRITES.filter((a) => a.endsWith('*'))) {
          Validations.of(this.grantPrincipal).acknowledge({
            id: `AwsSolutions-IAM5[Action::${action}]`,
            reason:
              'The key actions DynamoDB needs to write a table under a customer-managed key (as CDK grants them), on that one key, and only through DynamoDB (kms:ViaService).',
          });
        }
      }
    }
    return this.setEnv(name, table.tableName);
  }

  /**
   * Names the bucket in `name` and grants object reads (GetObject, which HeadObject also needs)
   * and/or writes (PutObject), with the key usable only through S3. No listing, no deletes, no
   * changes to an object's retention.
   */
  useBucket(bucket: IBucket, name: EnvName, access: Access): this {
    const objects = bucket.arnForObjects('*');
    this.allow(
      [...(access === 'write' ? [] : ['s3:GetObject']), ...(access === 'read' ? [] : ['s3:PutObject'])],
      [objects],
    );
    if (bucket.encryptionKey) {
      // Writes under SSE-KMS generate a data key; multipart uploads also decrypt it.
      this.allowKey(
        bucket.encryptionKey,
        's3',
        access === 'read' ? ['kms:Decrypt'] : ['kms:Decrypt', 'kms:GenerateDataKey'],
      );
    }
    acknowledgeWildcardResources(
      this.grantPrincipal,
      [objects],
      'Object keys are generated at run time (one per receipt or payout file), so the object-level grant names the bucket, not the keys; the actions are GetObject/PutObject only.',
    );
    return this.setEnv(name, bucket.bucketName);
  }

  /**
   * Lets the function sign uploads into a staging prefix with their own short Object Lock retention
   * (s3:PutObjectRetention on that prefix only), so unsubmitted uploads can expire.
   */
  allowStagingRetention(bucket: IBucket, prefix: string): this {
    this.allow(['s3:PutObjectRetention'], [bucket.arnForObjects(`${prefix}*`)]);
    acknowledgeWildcardResources(
      this.grantPrincipal,
      [bucket.arnForObjects(`${prefix}*`)],
      'Upload ids are generated per receipt at run time; the grant is limited to the staging prefix and to setting retention.',
    );
    return this;
  }

  private allow(actions: string[], resources: string[]): void {
    this.grantPrincipal.addToPrincipalPolicy(new PolicyStatement({ actions, resources }));
  }

  /** The key, for these actions, only in requests the named service makes on the function's behalf. */
  private allowKey(key: IKey, service: 'dynamodb' | 's3', actions: string[]): void {
    this.grantPrincipal.addToPrincipalPolicy(
      new PolicyStatement({
        actions,
        resources: [key.keyArn],
        conditions: { StringEquals: { 'kms:ViaService': `${service}.${Aws.REGION}.amazonaws.com` } },
      }),
    );
  }
}

const TABLE_READS = ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query'];
const TABLE_WRITES = ['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:ConditionCheckItem'];
/** The key actions CDK's own table grants use. */
const KEY_READS = ['kms:Decrypt', 'kms:DescribeKey'];
const KEY_WRITES = ['kms:Encrypt', 'kms:ReEncrypt*', 'kms:GenerateDataKey*'];
