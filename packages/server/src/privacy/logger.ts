import { redactForLog, redactText } from './redact.js';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

/** One log entry, already redacted. */
export interface LogRecord {
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

/**
 * A logger that redacts before writing to `sink`: no names, phone numbers or tokens reach the log, whatever a
 * caller passes. For Hono's request logger, pass `(line) => logger.info(line)` as its print function, so paths
 * with tokens in their query are masked too.
 */
export function createLogger(sink: LogSink): Logger {
  const write = (level: LogLevel) => (message: string, fields?: Readonly<Record<string, unknown>>) => {
    const record: LogRecord = { level, message: redactText(message) };
    sink(fields === undefined ? record : { ...record, fields: redactForLog(fields) as Record<string, unknown> });
  };
  return { debug: write('debug'), info: write('info'), warn: write('warn'), error: write('error') };
}

/** A sink writing one JSON object per line (`{"level","message","fields"}`), e.g. `jsonLineSink(console.log)`. */
export function jsonLineSink(writeLine: (line: string) => void): LogSink {
  return (record) => writeLine(JSON.stringify(record));
}
