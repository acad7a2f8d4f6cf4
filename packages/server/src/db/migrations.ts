import { adminMigrations } from './admin-migrations.js';

/** One schema change. Applied once, in `id` order, and recorded in the `migrations` table. */
export interface Migration {
  readonly id: number;
  readonly name: string;
  readonly sql: string;
}

/**
 * The schema, as numbered migrations. Never edit one that has shipped: add the next number.
 * Instants are `timestamptz`; the report selects by ranges of instants and converts them to Vietnam dates in SQL.
 */
export const migrations: readonly Migration[] = [
  {
    id: 1,
    name: 'catalog',
    sql: `
      create table agencies (
        code text primary key,
        position integer not null,
        data jsonb not null
      );
      create table procedures (
        code text primary key,
        position integer not null,
        data jsonb not null
      );
      create table same_day (
        agency_code text not null references agencies (code),
        procedure_code text not null references procedures (code),
        position integer not null,
        data jsonb not null,
        primary key (agency_code, procedure_code)
      );`,
  },
  {
    id: 2,
    name: 'dossiers',
    sql: `
      create table dossiers (
        id text primary key,
        procedure_code text not null references procedures (code),
        agency_code text not null references agencies (code),
        status text not null check (status in ('registered', 'received', 'rejected', 'processing',
          'supplement-requested', 'financial-obligation', 'withdrawn', 'suspended', 'resolved', 'returned')),
        received_at timestamptz not null,
        appointment_at timestamptz,
        resolved_at timestamptz,
        returned_at timestamptz,
        closed_at timestamptz
      );
      create index dossiers_agency_received on dossiers (agency_code, received_at);
      create index dossiers_received on dossiers (received_at);`,
  },
  {
    id: 3,
    name: 'messages',
    sql: `
      create table messages (
        id text primary key,
        position integer not null,
        kind text not null check (kind in ('slogan', 'reminder', 'hotline')),
        text_vi text not null,
        text_en text not null,
        href text check (href is null or href like 'https:%' or href like 'tel:%')
      );`,
  },
  {
    id: 4,
    name: 'surveys and idempotency keys',
    sql: `
      create table surveys (
        dossier_id text primary key references dossiers (id),
        level smallint not null check (level between 1 and 5),
        shortcomings jsonb not null,
        praise jsonb not null,
        comment text,
        phone text,
        callback_consent boolean not null,
        voted_at timestamptz not null,
        received_at timestamptz not null
      );
      create index surveys_received on surveys (received_at);
      create table idempotency_keys (
        key text primary key,
        request_hash text not null,
        state text not null check (state in ('pending', 'done')),
        status integer,
        body jsonb,
        created_at timestamptz not null
      );`,
  },
  ...adminMigrations,
  {
    id: 10,
    name: 'rate limits shared by instances',
    sql: `
      create unlogged table rate_limits (
        client text primary key,
        window_start bigint not null,
        count integer not null
      );`,
  },
  {
    id: 11,
    name: 'report ranges',
    sql: `
      create index dossiers_resolved on dossiers (resolved_at);
      create index dossiers_returned on dossiers (returned_at);`,
  },
];
