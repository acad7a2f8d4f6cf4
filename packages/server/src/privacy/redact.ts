/** What replaces a Vietnamese phone number in a log. */
export const phoneMask = '[phone]';
/** What replaces a bearer token or a JWT-looking string in a log. */
export const tokenMask = '[token]';
/** What replaces the value of a sensitive key (name, phone, token, authorization…) in a log. */
export const valueMask = '[redacted]';

const maxDepth = 8;

/** Keys whose values are personal data or credentials, compared without case, `_` or `-`. */
const sensitiveKey =
  /^(name|fullname|applicantname|holdername|citizenname|personname|username|displayname|hoten|chuhoso|email)$|phone|sdt|sodienthoai|mobile|token|authorization|cookie|secret|password|passwd|apikey|otp$/;

const bearer = /\b(Bearer|Basic)\s+[A-Za-z0-9\-._~+/]+=*/gi;
// A compact JWS/JWE: base64url JSON header ("ey…"), then two to four more parts.
const jwtLike = /(?:eyJ|eyA|ewo|ew0)[A-Za-z0-9_-]{8,}(?:\.[A-Za-z0-9_-]*){2,4}/g;
const secretParameter = /([?&;]\s*(?:token|access_token|id_token|survey_token|code|phone|sdt|password|secret)=)[^&\s#]+/gi;
// Digits with the separators people put in phone numbers: spaces, dots, dashes, parentheses.
const digitRun = /\+?\(?\d(?:[ \u00a0.\-()]{0,3}\d)*/g;
// National digits of a Vietnamese number: mobile 0[35789]xxxxxxxx, landline 02xxxxxxxxx; or with 84 / 84 0.
const vietnamesePhone = /^(?:0|84|840)(?:[35789]\d{8}|2\d{9})$/;

function maskPhones(run: string): string {
  const groups = [...run.matchAll(/\d+/g)].map((match) => ({ start: match.index, end: match.index + match[0].length, digits: match[0] }));
  const masked: { start: number; end: number }[] = [];
  let i = 0;
  while (i < groups.length) {
    let digits = '';
    let matchedUpTo = -1;
    for (let j = i; j < groups.length && digits.length <= 12; j += 1) {
      digits += groups[j]!.digits;
      if (vietnamesePhone.test(digits)) {
        matchedUpTo = j;
        break;
      }
    }
    if (matchedUpTo < 0) {
      i += 1;
      continue;
    }
    // A number that opens the run takes its "+" or "(" with it.
    masked.push({ start: i === 0 ? 0 : groups[i]!.start, end: groups[matchedUpTo]!.end });
    i = matchedUpTo + 1;
  }
  let text = run;
  for (const range of masked.reverse()) text = `${text.slice(0, range.start)}${phoneMask}${text.slice(range.end)}`;
  return text;
}

/** A text with Vietnamese phone numbers, bearer tokens, JWT-looking strings and secret URL parameters masked. */
export function redactText(text: string): string {
  return text
    .replace(bearer, `$1 ${tokenMask}`)
    .replace(jwtLike, tokenMask)
    .replace(secretParameter, `$1${valueMask}`)
    .replace(digitRun, maskPhones);
}

function isSensitiveKey(key: string): boolean {
  return sensitiveKey.test(key.toLowerCase().replace(/[_-]/g, ''));
}

function redactValue(value: unknown, depth: number, seen: WeakSet<object>): unknown {
  if (typeof value === 'string') return redactText(value);
  if (value === null || typeof value !== 'object') {
    return typeof value === 'function' || typeof value === 'symbol' ? `[${typeof value}]` : value;
  }
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
  if (value instanceof URL) return redactText(value.href);
  if (seen.has(value)) return '[circular]';
  if (depth >= maxDepth) return '[…]';
  seen.add(value);
  const inner = (item: unknown): unknown => redactValue(item, depth + 1, seen);
  let result: unknown;
  if (Array.isArray(value)) {
    result = value.map(inner);
  } else if (value instanceof Error) {
    result = { name: value.name, ...redactEntries([['message', value.message], ['stack', value.stack], ['cause', value.cause]], inner) };
  } else if (value instanceof Map || value instanceof Headers) {
    result = redactEntries([...(value as Map<unknown, unknown>).entries()].map(([key, item]) => [String(key), item]), inner);
  } else {
    result = redactEntries(Object.entries(value), inner);
  }
  seen.delete(value);
  return result;
}

function redactEntries(entries: readonly (readonly [string, unknown])[], inner: (item: unknown) => unknown): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [key, item] of entries) {
    if (item === undefined) continue;
    result[key] = isSensitiveKey(key) && item !== null ? valueMask : inner(item);
  }
  return result;
}

/**
 * A copy of `value` safe to log: in every string, Vietnamese phone numbers (0…, +84…, 84…, with spaces, dots,
 * dashes or parentheses), `Bearer`/`Basic` credentials, JWT-looking strings and secret URL parameters are masked;
 * in objects (also Errors, Maps, Headers), the values of keys such as `name`, `applicantName`, `phone`, `token`,
 * `authorization`, `cookie`, `secret`, `password` are replaced whole. Dates become ISO strings; cycles and depth
 * beyond 8 are cut.
 */
export function redactForLog(value: unknown): unknown {
  return redactValue(value, 0, new WeakSet());
}
