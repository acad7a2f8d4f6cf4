import type { EnglishMessages } from '@cqtt/core';
import type { tickerMessagesVi } from './messages.js';

/** The English texts, with exactly the keys of the Vietnamese ones. */
export const tickerMessagesEn: EnglishMessages<typeof tickerMessagesVi> = {
  region: 'Slogans and notices',
  pause: 'Pause',
  play: 'Resume scrolling',
  previous: 'Previous',
  next: 'Next',
  pageLabel: 'Notice {current} of {total}',
  slogan: 'Slogan',
  reminder: 'Reminder',
  hotline: 'Hotline',
  clock: 'Vietnam time',
  lunar: 'Lunar date: day {day}, month {month}, year {year}',
  lunarLeapMonth: '{month} (leap)',
  sameDayHeading: 'Procedures resolved the same day',
};
