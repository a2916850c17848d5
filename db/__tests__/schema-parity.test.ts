import { getTableName, is, SQL, Table } from 'drizzle-orm';
import { getTableConfig as pgConfig, PgDialect } from 'drizzle-orm/pg-core';
import { getTableConfig as sqliteConfig, SQLiteSyncDialect } from 'drizzle-orm/sqlite-core';
import { describe, expect, it } from 'vitest';
import * as pgSchema from '@/db/schema-pg';
import * as sqliteSchema from '@/db/schema-sqlite';

// How each dialect stores the same kind of value; the app reads both back as the same JS type.
const KIND: Record<string, string> = {
  SQLiteText: 'text',
  PgText: 'text',
  SQLiteTextJson: 'json',
  PgJsonb: 'json',
  SQLiteBoolean: 'boolean',
  PgBoolean: 'boolean',
  SQLiteInteger: 'integer',
  PgInteger: 'integer',
  SQLiteTimestamp: 'timestamp',
  PgTimestamp: 'timestamp',
  SQLiteBlobBuffer: 'bytes',
};

/** Custom PostgreSQL columns, by their SQL type: bytea stands for SQLite's blob. */
const CUSTOM_KIND: Record<string, string> = { bytea: 'bytes' };

function kindOf(column: { columnType: string; getSQLType(): string }): string {
  if (column.columnType === 'PgCustomColumn') return CUSTOM_KIND[column.getSQLType()] ?? `unmapped custom ${column.getSQLType()}`;
  return KIND[column.columnType] ?? `unmapped ${column.columnType}`;
}

type AnyConfig = ReturnType<typeof sqliteConfig> | ReturnType<typeof pgConfig>;

/** A dialect-free description of a table: what must be equal on both sides. */
function describeTable(config: AnyConfig, whereToText: (where: SQL) => string) {
  const columnName = (column: { name: string }) => column.name;
  return {
    columns: config.columns
      .map((column) => ({
        name: column.name,
        kind: kindOf(column),
        notNull: column.notNull,
        primary: column.primary,
        default: column.default === undefined ? null : column.default,
        enum: column.enumValues ?? null,
      }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    indexes: config.indexes
      .map((index) => ({
        name: index.config.name,
        unique: index.config.unique,
        columns: index.config.columns.map((column) => columnName(column as { name: string })),
        where: index.config.where ? whereToText(index.config.where) : null,
      }))
      .sort((a, b) => String(a.name).localeCompare(String(b.name))),
    foreignKeys: config.foreignKeys
      .map((fk) => {
        const reference = fk.reference();
        return {
          columns: reference.columns.map(columnName),
          table: getTableName(reference.foreignTable),
          foreignColumns: reference.foreignColumns.map(columnName),
          onDelete: fk.onDelete ?? 'no action',
          onUpdate: fk.onUpdate ?? 'no action',
        };
      })
      .sort((a, b) => a.columns.join().localeCompare(b.columns.join())),
  };
}

const tablesOf = (schema: Record<string, unknown>) =>
  new Map(Object.values(schema).filter((value): value is Table => is(value, Table)).map((table) => [getTableName(table), table]));

// Index conditions compared as SQL text with each dialect's identifier quotes removed.
const sqliteWhere = (where: SQL) => new SQLiteSyncDialect().sqlToQuery(where).sql.replaceAll('"', '');
const pgWhere = (where: SQL) => new PgDialect().sqlToQuery(where).sql.replaceAll('"', '');

describe('the SQLite and PostgreSQL schemas', () => {
  const sqliteTables = tablesOf(sqliteSchema);
  const pgTables = tablesOf(pgSchema);

  it('have the same tables', () => {
    expect([...pgTables.keys()].sort()).toEqual([...sqliteTables.keys()].sort());
    expect(sqliteTables.size).toBeGreaterThanOrEqual(6);
  });

  for (const name of tablesOf(sqliteSchema).keys()) {
    it(`agree on ${name}: columns, types, defaults, indexes, foreign keys and cascades`, () => {
      const sqliteTable = sqliteTables.get(name);
      const pgTable = pgTables.get(name);
      expect(pgTable, `${name} is missing from db/schema-pg`).toBeDefined();
      const left = describeTable(sqliteConfig(sqliteTable as Parameters<typeof sqliteConfig>[0]), sqliteWhere);
      const right = describeTable(pgConfig(pgTable as Parameters<typeof pgConfig>[0]), pgWhere);
      expect(right).toEqual(left);
      expect(left.columns.every((column) => !column.kind.startsWith('unmapped'))).toBe(true);
    });
  }
});
