import { defaultCatalog, vietnamDateOf, type Catalog, type Instant } from '@cqtt/core';
import type { Repository } from '../repository-types.js';
import { demoDossiers } from './dossiers.js';
import { defaultMessages } from './messages.js';
import { demoSurveys } from './surveys.js';

/** What seeding added, for the start-up log. */
export interface SeedSummary {
  readonly agencies: number;
  readonly messages: number;
  readonly dossiers: number;
  readonly surveys: number;
}

const dayMs = 86_400_000;
const dossiersPerDay = 7;

/** Demo dossiers for the days after the last stored receipt, so an old demo database shows live cases again. */
function topUp(catalog: Catalog, now: Instant, latest: Instant): ReturnType<typeof demoDossiers> {
  const lastDay = vietnamDateOf(latest);
  const days = Math.min(45, Math.ceil((now - latest) / dayMs));
  return demoDossiers(catalog, now, { days, count: days * dossiersPerDay, seed: Math.floor(now / dayMs) }).filter(
    (dossier) => vietnamDateOf(dossier.receivedAt) > lastDay,
  );
}

/**
 * Fills the parts of the database that are empty: the catalog (the plan's appendices), the ticker's lines, and
 * demo dossiers dated relative to `now` with their survey answers. A part that has data is left alone, so seeding is
 * safe at every start, except that dossiers (and answers) are topped up for the days since the last receipt, so the
 * demo always shows live cases.
 */
export async function seedDatabase(
  repository: Repository,
  options: { readonly now: Instant; readonly hotline: string; readonly catalog?: Catalog },
): Promise<SeedSummary> {
  const { agencies, messages } = await seedCatalog(repository, options);
  const empty = await repository.emptiness();
  const latest = empty.dossiers ? undefined : await repository.latestReceipt();
  const today = vietnamDateOf(options.now);
  let dossiers = 0;
  let surveys = 0;
  if (latest === undefined || vietnamDateOf(latest) < today) {
    const stored: Catalog = {
      agencies: await repository.agencies(),
      procedures: await repository.procedures(),
      sameDay: await repository.sameDay(today),
    };
    const generated = latest === undefined ? demoDossiers(stored, options.now) : topUp(stored, options.now, latest);
    if (generated.length > 0) await repository.saveDossiers(generated);
    const answers = demoSurveys(generated, options.now);
    if (answers.length > 0) await repository.saveSurveys(answers);
    dossiers = generated.length;
    surveys = answers.length;
  }
  return { agencies, messages, dossiers, surveys };
}

/**
 * Fills an empty catalog with the plan's (or `options.catalog`) and empty ticker lines with the default ones;
 * never adds a dossier. What `cqtt-server seed-catalog` does for a production database. A part that has data is
 * left alone.
 */
export async function seedCatalog(
  repository: Repository,
  options: { readonly hotline: string; readonly catalog?: Catalog },
): Promise<Omit<SeedSummary, 'dossiers' | 'surveys'>> {
  const empty = await repository.emptiness();
  const catalog = options.catalog ?? defaultCatalog;
  if (empty.catalog) await repository.saveCatalog(catalog);
  const messages = empty.messages ? defaultMessages(options.hotline) : [];
  if (messages.length > 0) await repository.saveMessages(messages);
  return { agencies: empty.catalog ? catalog.agencies.length : 0, messages: messages.length };
}
