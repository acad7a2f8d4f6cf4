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
export const budgetPageEntries: readonly string[];
export interface BudgetPage {
  readonly name: string;
  /** The page in the names of the chunks cut for it (scripts/page-chunks.mjs). */
  readonly key: string;
  /** The page's element entries (the application entry comes with every page). */
  readonly entries: readonly string[];
  /** Bytes of gzip. */
  readonly budget: number;
}
export const budgetPages: readonly BudgetPage[];
/** The real pages without a budget (the leaders' report, the administration console). */
export const otherPages: readonly Omit<BudgetPage, 'budget'>[];
/** What a page downloads before its elements first render, each file compressed on its own, summed. */
export function pageSize(flavour: string, entries: readonly string[]): Size;
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
/** The English texts a page of `entries` fetches when it speaks English: the `messages-en` chunks it imports on demand. */
export function englishSize(flavour: string, entries: readonly string[]): Size;
/** The group a module belongs to: its npm package, or its folder in our sources (e.g. `@cqtt/core/api`). */
export function moduleGroup(id: string): string;
export interface ModuleWeight {
  readonly id: string;
  readonly group: string;
  readonly chunk: string;
  readonly minified: number;
  /** Estimated: the module's share of the minified bytes times the page's gzip. */
  readonly gzip: number;
}
export interface GroupWeight {
  readonly group: string;
  readonly modules: number;
  readonly minified: number;
  readonly gzip: number;
}
/** What a page that loads `entries` of one flavour is made of, per module and per package or source folder. */
export function pageBreakdown(
  flavour: string,
  entries: readonly string[],
): Promise<{ files: number; raw: number; gzip: number; groups: GroupWeight[]; modules: ModuleWeight[] }>;
