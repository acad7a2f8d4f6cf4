/** The Chromium the tests use: CHROME_PATH, else Debian's and other usual places; undefined when none. */
export function findChromium(): string | undefined;
/** Flags for a headless run on a machine with no network beyond loopback, possibly as root. */
export const chromiumArgs: readonly string[];
