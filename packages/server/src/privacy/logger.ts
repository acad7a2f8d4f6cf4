import { redactForLog, redactText } from './redact.js';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

/** One log entry, already redacted, with control characters escaped. */
export interface LogRecord {
  /** When it was written, ISO 8601 in UTC. */
  readonly time: string;
  readonly level: LogLevel;
  readonly message: string;
  readonly fields?: Readonly<Record<string, unknown>>;
}

/** Where log entries go (console, a file, a collector); it only ever receives redacted entries. */
export type LogSink = (record: LogRecord) => void;

/** A logger whose every message and field passes through `redactForLog`. */
export interface Logger {
  debug(message: string, fields?: Readonly<Record<string, unknown>>): void;
  info(message: string, fields?: Readonly<Record<string, unknown>>): void;
  warn(message: string, fields?: Readonly<Record<string, unknown>>): void;
  error(message: string, fields?: Readonly<Record<string, unknown>>): void;
}

// C0 and C1 controls, DEL, and the line and paragraph separators some viewers break lines at.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const controlCharacter = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

/** `text` with every control character written as `\uXXXX`, so a value can never start a forged log line. */
export function escapeControls(text: string): string {
  return text.replace(controlCharacter, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function escapedCopy(value: unknown): unknown {
  if (typeof value === 'string') return escapeControls(value);
  if (Array.isArray(value)) return value.map(escapedCopy);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, entry]) => [escapeControls(key), escapedCopy(entry)]));
  }
  return value;
}

/** `text` redacted, except for the public texts in `kept`, written as they are. */
function redactKeeping(text: string, kept: readonly string[]): string {
  for (const publicText of kept) {
    const at = text.indexOf(publicText);
    if (at >= 0) return `${redactKeeping(text.slice(0, at), kept)}${publicText}${redactKeeping(text.slice(at + publicText.length), kept)}`;
  }
  return redactText(text);
}

/** How a logger dates its records and which public texts it never masks. */
export interface LoggerOptions {
  readonly clock?: () => number;
  /**
   * Texts that are public and may look like personal data, written as they are in messages (never in fields):
   * the leaders' hotline, which the law makes public, looks like a phone number.
   */
  readonly publicTexts?: readonly string[];
}

/**
 * A logger that redacts, then escapes control characters, before writing to `sink`: no names, phone numbers or
 * tokens reach the log, and no value can break a line, whatever a caller passes.
 */
export function createLogger(sink: LogSink, options: LoggerOptions = {}): Logger {
  const { clock = Date.now } = options;
  const kept = (options.publicTexts ?? []).filter((text) => text !== '');
  const write = (level: LogLevel) => (message: string, fields?: Readonly<Record<string, unknown>>) => {
    const record: LogRecord = { time: new Date(clock()).toISOString(), level, message: escapeControls(redactKeeping(message, kept)) };
    sink(fields === undefined ? record : { ...record, fields: escapedCopy(redactForLog(fields)) as Record<string, unknown> });
  };
  return { debug: write('debug'), info: write('info'), warn: write('warn'), error: write('error') };
}

const reserved = new Set(['time', 'level', 'message']);

/**
 * A sink writing one JSON object per line, fields beside `time`, `level` and `message` (a field of one of those
 * names is dropped), e.g. `jsonLineSink(console.log)`.
 */
export function jsonLineSink(writeLine: (line: string) => void): LogSink {
  return ({ time, level, message, fields = {} }) =>
    writeLine(JSON.stringify({ time, level, message, ...Object.fromEntries(Object.entries(fields).filter(([key]) => !reserved.has(key))) }));
}
