import { RemovalPolicy } from 'aws-cdk-lib';
import { AttributeType, BillingMode, type CfnTable, Table, TableEncryption } from 'aws-cdk-lib/aws-dynamodb';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';
import { TABLES } from '../../shared/adapters/tables';

/** The system's tables by their name in `TABLES`. */
export type DataTableName = keyof typeof TABLES;
export type DataTableSet = Record<DataTableName, DataTable>;

/** A key schema as `TABLES` writes it: keys, an optional TTL attribute, global secondary indexes. */
type IndexSpec = { name: string; partitionKey: string; sortKey?: string };
type TableSpec = { partitionKey: string; sortKey?: string; ttl?: string } & Record<string, unknown>;

/** The logical id of each table: fixed, so no refactoring can ever replace a table. */
export const TABLE_LOGICAL_IDS: Record<DataTableName, string> = {
  applications: 'ApplicationsTable',
  decisions: 'DecisionsTable',
  decisionLinks: 'DecisionLinksTable',
  payoutLedger: 'PayoutLedgerTable',
  idempotency: 'IdempotencyTable',
  sessions: 'SessionsTable',
};

/**
 * One table of `TABLES`, exactly as the adapters expect it: on-demand, encrypted with the
 * customer-managed key, point-in-time recovery, deletion protection, TTL and indexes where
 * named, retained. It knows its index names, so grants can name each index instead of `index/*`.
 */
export class DataTable extends Table {
  readonly indexNames: readonly string[];

  constructor(
    scope: Construct,
    id: string,
    props: { spec: TableSpec; encryptionKey: IKey; deferred?: ReadonlySet<string> },
  ) {
    const { spec, encryptionKey } = props;
    super(scope, id, {
      partitionKey: { name: spec.partitionKey, type: AttributeType.STRING },
      sortKey: spec.sortKey ? { name: spec.sortKey, type: AttributeType.STRING } : undefined,
      timeToLiveAttribute: spec.ttl,
      billingMode: BillingMode.PAY_PER_REQUEST,
      encryption: TableEncryption.CUSTOMER_MANAGED,
      encryptionKey,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    const indexes = indexesOf(spec).filter((index) => !props.deferred?.has(index.name));
    for (const index of indexes) {
      this.addGlobalSecondaryIndex({
        indexName: index.name,
        partitionKey: { name: index.partitionKey, type: AttributeType.STRING },
        sortKey: index.sortKey ? { name: index.sortKey, type: AttributeType.STRING } : undefined,
      });
    }
    this.indexNames = indexes.map((index) => index.name);
    (this.node.defaultChild as CfnTable).overrideLogicalId(id);
  }
}

/**
 * The context key naming indexes to leave out of this deployment (comma-separated): DynamoDB adds
 * one global secondary index per table update, so two new indexes on an existing table go out in
 * two deployments, the first with `-c deferIndexes=<the second>` (README "Sign-in on AWS").
 */
export const DEFER_INDEXES_CONTEXT = 'deferIndexes';

/** The index names a context value defers: a comma-separated string or a list. */
export function deferredIndexes(value: unknown): string[] {
  const names = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [];
  return names.map((name) => String(name).trim()).filter(Boolean);
}

/** Every table of `TABLES`, keyed by its name there. */
export class DataTables extends Construct {
  readonly tables: DataTableSet;

  constructor(scope: Construct, id: string, props: { encryptionKey: IKey; deferredIndexes?: string[] }) {
    super(scope, id);
    const names = Object.keys(TABLES) as DataTableName[];
    const deferred = new Set(props.deferredIndexes ?? []);
    const known = names.flatMap((name) => indexesOf(TABLES[name]).map((index) => index.name));
    for (const name of deferred) {
      if (!known.includes(name)) throw new Error(`${DEFER_INDEXES_CONTEXT}: no index ${name}`);
    }
    this.tables = Object.fromEntries(
      names.map((name) => [
        name,
        new DataTable(this, TABLE_LOGICAL_IDS[name], {
          spec: TABLES[name],
          encryptionKey: props.encryptionKey,
          deferred,
        }),
      ]),
    ) as DataTableSet;
  }
}

/** The global secondary indexes of a table spec: its object-valued entries. */
function indexesOf(spec: TableSpec): IndexSpec[] {
  return Object.values(spec).filter(
    (value): value is IndexSpec => typeof value === 'object' && value !== null && 'name' in value,
  );
}
