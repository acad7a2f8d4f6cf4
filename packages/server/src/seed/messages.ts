import { defaultSlogans } from '@cqtt/core';
import type { Repository, StoredMessage } from '../repository-types.js';

/** `tel:+842713000000` → `0271 3000 000`, as a number is written in Vietnam. */
export function nationalPhoneText(tel: string): string {
  const national = `0${tel.replace(/^tel:\+84/, '')}`;
  const head = national.slice(0, 4);
  return national.length === 11 ? `${head} ${national.slice(4, 8)} ${national.slice(8)}` : `${head} ${national.slice(4, 7)} ${national.slice(7)}`;
}

/**
 * The ticker's default lines: the plan's slogans ("4 xin, 4 luôn, 5 không"), the reminder to close resolved
 * dossiers, and the leaders' hotline when one is configured (`hotline` is a `tel:` URL, or empty for none).
 */
export function defaultMessages(hotline: string): StoredMessage[] {
  const messages: StoredMessage[] = defaultSlogans.map((slogan) => ({
    id: slogan.id,
    kind: slogan.id.startsWith('reminder-') ? 'reminder' : 'slogan',
    vi: slogan.vi,
    en: slogan.en,
  }));
  const line = hotlineMessage(hotline);
  return line ? [...messages, line] : messages;
}

/** The id of the configured hotline's ticker line. */
export const hotlineMessageId = 'hotline-ubnd';

/** The ticker line for the leaders' hotline (`tel:` URL), or undefined when none is configured (empty). */
export function hotlineMessage(hotline: string): StoredMessage | undefined {
  if (hotline === '') return undefined;
  const number = nationalPhoneText(hotline);
  return {
    id: hotlineMessageId,
    kind: 'hotline',
    vi: `lãnh đạo UBND thị xã, ${number}`,
    en: `People's Committee leaders, ${number}`,
    href: hotline,
  };
}

/** Makes the stored hotline line match the configuration: written when configured, removed when not. */
export async function applyHotline(repository: Pick<Repository, 'saveMessages' | 'removeMessage'>, hotline: string): Promise<void> {
  const line = hotlineMessage(hotline);
  if (line) await repository.saveMessages([line]);
  else await repository.removeMessage(hotlineMessageId);
}
