import { addDays, isWorkingDay, principles, vietnamDateOf, type Dossier, type Instant, type LocalDate, type SatisfactionLevel, type SurveyResponse } from '@cqtt/core';
import { between, pick, seededRandom } from './random.js';

const minute = 60_000;
/** Of every 100 answers, how many give each level from 5 down to 1: mostly satisfied, a few not. */
const levelWeights: readonly (readonly [SatisfactionLevel, number])[] = [
  [5, 48],
  [4, 32],
  [3, 12],
  [2, 5],
  [1, 3],
];
const answerRate = 0.7;

function level(random: () => number): SatisfactionLevel {
  let roll = random() * 100;
  for (const [value, weight] of levelWeights) {
    roll -= weight;
    if (roll < 0) return value;
  }
  return 1;
}

/** A dossier id as a seed, so each dossier's answer depends on that dossier alone. */
function seedOf(id: string): number {
  let hash = 2_166_136_261;
  for (const char of id) hash = Math.imul(hash ^ (char.codePointAt(0) ?? 0), 16_777_619);
  return hash >>> 0;
}

/** The first of the last two working days up to `today`: dossiers received since then are left unanswered. */
function quietSince(today: LocalDate): LocalDate {
  let date = today;
  let working = isWorkingDay(date) ? 1 : 0;
  while (working < 2) {
    date = addDays(date, -1);
    if (isWorkingDay(date)) working += 1;
  }
  return date;
}

/**
 * Demo answers to the satisfaction survey, so the leaders' report has figures: about seven in ten returned dossiers
 * answered, minutes to hours after the return, mostly satisfied. Dossiers received in the last two working days are
 * left unanswered, so the result desk, the kiosk and the citizen's phone page always have one to vote on. No
 * comment, phone or call-back. Deterministic: a dossier's answer depends only on its id and its return.
 */
export function demoSurveys(dossiers: readonly Dossier[], now: Instant): SurveyResponse[] {
  const since = quietSince(vietnamDateOf(now));
  return dossiers.flatMap((dossier): SurveyResponse[] => {
    if (dossier.status !== 'returned' || dossier.returnedAt === undefined || vietnamDateOf(dossier.receivedAt) >= since) return [];
    const random = seededRandom(seedOf(dossier.id));
    if (random() >= answerRate) return [];
    const value = level(random);
    const named = Array.from({ length: between(random, value === 5 ? 0 : 1, 2) }, () => pick(random, principles).id);
    const votedAt = Math.min(dossier.returnedAt + between(random, 2, 240) * minute, now - minute);
    return [
      {
        dossierId: dossier.id,
        level: value,
        shortcomings: value <= 3 ? [...new Set(named)] : [],
        praise: value >= 4 ? [...new Set(named)] : [],
        callbackConsent: false,
        votedAt,
      },
    ];
  });
}
