import {
  type AttributeDefinition,
  CreateTableCommand,
  type CreateTableCommandInput,
  DescribeTableCommand,
  type DynamoDBClient,
  ListTablesCommand,
  UpdateTableCommand,
  UpdateTimeToLiveCommand,
} from '@aws-sdk/client-dynamodb';
import { TABLES } from '../../shared/adapters/tables';

export type TableName = keyof typeof TABLES;

/** The local tables' names; the stateful stack names the deployed ones. */
export const LOCAL_TABLES: Record<TableName, string> = {
  applications: 'supplements-applications',
  decisions: 'supplements-decisions',
  decisionLinks: 'supplements-decision-links',
  payoutLedger: 'supplements-payout-ledger',
  idempotency: 'supplements-idempotency',
  sessions: 'supplements-sessions',
};

type KeySpec = { partitionKey: string; sortKey?: string };
type IndexSpec = KeySpec & { name: string };
type TableSpec = KeySpec & { ttl?: string } & Record<string, unknown>;

/** The global secondary indexes of a table spec: its object-valued entries (as the CDK construct reads them). */
function indexesOf(spec: TableSpec): IndexSpec[] {
  return Object.values(spec).filter(
    (value): value is IndexSpec => typeof value === 'object' && value !== null && 'name' in value,
  );
}

const keySchema = (keys: KeySpec) => [
  { AttributeName: keys.partitionKey, KeyType: 'HASH' as const },
  ...(keys.sortKey ? [{ AttributeName: keys.sortKey, KeyType: 'RANGE' as const }] : []),
];

/** CreateTable for one table of `TABLES`: its keys, every index (all attributes projected), on demand. */
export function createTableInput(name: TableName): CreateTableCommandInput {
  const spec = TABLES[name] as TableSpec;
  const indexes = indexesOf(spec);
  const attributes = new Set<string>();
  for (const keys of [spec, ...indexes]) {
    attributes.add(keys.partitionKey);
    if (keys.sortKey) attributes.add(keys.sortKey);
  }
  return {
    TableName: LOCAL_TABLES[name],
    BillingMode: 'PAY_PER_REQUEST',
    KeySchema: keySchema(spec),
    AttributeDefinitions: [...attributes].map(
      (attribute): AttributeDefinition => ({ AttributeName: attribute, AttributeType: 'S' }),
    ),
    ...(indexes.length > 0
      ? {
          GlobalSecondaryIndexes: indexes.map((index) => ({
            IndexName: index.name,
            KeySchema: keySchema(index),
            Projection: { ProjectionType: 'ALL' as const },
          })),
        }
      : {}),
  };
}

/** Creates every table that is missing, with its indexes and TTL; returns the names it created. */
export async function ensureTables(client: DynamoDBClient): Promise<string[]> {
  const existing = new Set<string>();
  let start: string | undefined;
  do {
    const page = await client.send(new ListTablesCommand({ ExclusiveStartTableName: start }));
    for (const name of page.TableNames ?? []) existing.add(name);
    start = page.LastEvaluatedTableName;
  } while (start);
  const created: string[] = [];
  for (const name of Object.keys(TABLES) as TableName[]) {
    const tableName = LOCAL_TABLES[name];
    if (existing.has(tableName)) {
      await addMissingIndexes(client, name);
      continue;
    }
    await client.send(new CreateTableCommand(createTableInput(name)));
    const ttl = (TABLES[name] as TableSpec).ttl;
    if (ttl) {
      await client.send(
        new UpdateTimeToLiveCommand({
          TableName: tableName,
          TimeToLiveSpecification: { AttributeName: ttl, Enabled: true },
        }),
      );
    }
    created.push(tableName);
  }
  return created;
}

/**
 * Adds the indexes a newer version defines to a table a data directory already has (one at a time,
 * as DynamoDB allows): `npm start` on an older `.local/` then still finds every index it queries.
 */
async function addMissingIndexes(client: DynamoDBClient, name: TableName): Promise<void> {
  const input = createTableInput(name);
  const { Table } = await client.send(new DescribeTableCommand({ TableName: input.TableName }));
  const have = new Set((Table?.GlobalSecondaryIndexes ?? []).map((index) => index.IndexName));
  for (const index of input.GlobalSecondaryIndexes ?? []) {
    if (have.has(index.IndexName)) continue;
    const used = new Set(index.KeySchema?.map((key) => key.AttributeName));
    await client.send(
      new UpdateTableCommand({
        TableName: input.TableName,
        AttributeDefinitions: input.AttributeDefinitions?.filter((a) => used.has(a.AttributeName)),
        GlobalSecondaryIndexUpdates: [
          {
            Create: { IndexName: index.IndexName, KeySchema: index.KeySchema, Projection: index.Projection },
          },
        ],
      }),
    );
  }
}
