/** The `index`-th fenced block of `language` under the README heading `heading`. */
export function readmeSnippet(heading: string, language: string, index?: number): string;
