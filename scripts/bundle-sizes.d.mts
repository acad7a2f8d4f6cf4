export interface Size {
  readonly files: number;
  readonly raw: number;
  readonly gzip: number;
  readonly brotli: number;
}
export interface EntrySize extends Size {
  readonly flavour: string;
  readonly entry: string;
}
/** Folder of the built in-browser module. */
export const browserDir: string;
export function gzipBytes(text: string): number;
export function brotliBytes(text: string): number;
/** The files a page loads for `entry`: the entry and, transitively, its static imports. */
export function staticClosure(flavourDir: string, entry: string): string[];
/** One row per flavour and entry: the bytes a page pays to use that entry alone. */
export function entrySizes(): (EntrySize & { readonly closure: string[] })[];
/** The bytes of an entry's own code: the entry file plus chunks used by no other entry. */
export function ownSizes(flavour: string): EntrySize[];
/** The union of several entries' closures: what a page that uses all of them downloads. */
export function combinedSize(flavour: string, entries: readonly string[]): Size;
