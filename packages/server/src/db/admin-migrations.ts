import type { Migration } from './migrations.js';

/**
 * The office's own data (issue 16): published calendar years, agency settings, same-day registrations with
 * validity, messages with an active period and screens, and the audit trail. Every editable row carries a
 * `version` from one sequence, so a version is never reused, even after a delete and a new insert.
 */
export const adminMigrations: readonly Migration[] = [
  {
    id: 5,
    name: 'admin versions and audit trail',
    sql: `
      create sequence admin_versions;
      create table admin_audit (
        id bigint generated always as identity primary key,
        at timestamptz not null,
        subject text not null,
        action text not null check (action in ('create', 'update', 'delete', 'publish', 'unpublish')),
        entity text not null check (entity in ('calendar', 'registration', 'settings', 'message')),
        key text not null,
        agency_code text,
        before jsonb,
        after jsonb
      );
      create index admin_audit_agency on admin_audit (agency_code, id);`,
  },
  {
    id: 6,
    name: 'published calendar years',
    sql: `
      create table calendar_years (
        year integer primary key check (year between 1900 and 2199),
        days_off jsonb not null,
        working_days jsonb not null,
        source text not null,
        published_by text not null,
        published_at timestamptz not null,
        version bigint not null default nextval('admin_versions')
      );`,
  },
  {
    id: 7,
    name: 'agency settings',
    sql: `
      create table agency_settings (
        agency_code text primary key references agencies (code),
        office_hours jsonb not null,
        friday_rule boolean not null,
        cutoff text not null check (cutoff ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
        procedures jsonb not null,
        updated_by text not null,
        updated_at timestamptz not null,
        version bigint not null default nextval('admin_versions')
      );`,
  },
  {
    // The registrations that existed are the plan's (Kế hoạch 190/KH-UBND, 8/8/2023): valid from that day.
    id: 8,
    name: 'same-day registrations with validity',
    sql: `
      alter table same_day add column id text;
      alter table same_day add column valid_from date not null default date '2023-08-08';
      alter table same_day add column valid_to date;
      alter table same_day add column document text not null default 'Kế hoạch số 190/KH-UBND ngày 8/8/2023';
      alter table same_day add column cutoff text check (cutoff is null or cutoff ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$');
      alter table same_day add column version bigint not null default nextval('admin_versions');
      update same_day set id = 'sd-' || substr(md5(agency_code || '|' || procedure_code), 1, 16);
      alter table same_day alter column id set not null;
      alter table same_day drop constraint same_day_pkey;
      alter table same_day add primary key (id);
      alter table same_day add constraint same_day_validity check (valid_to is null or valid_to >= valid_from);
      create index same_day_agency_procedure on same_day (agency_code, procedure_code, valid_from);`,
  },
  {
    id: 9,
    name: 'messages per agency, period and screen',
    sql: `
      alter table messages add column agency_code text not null default '*';
      alter table messages add column valid_from date;
      alter table messages add column valid_to date;
      alter table messages add column screens jsonb not null default '["led", "staff"]';
      alter table messages add column version bigint not null default nextval('admin_versions');
      alter table messages add constraint messages_validity check (valid_to is null or valid_from is null or valid_to >= valid_from);`,
  },
];
