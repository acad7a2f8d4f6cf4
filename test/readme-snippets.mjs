// The code blocks of the README's "Embed it in your portal", by the heading they follow, so that tests run exactly the
// snippets an integrator copies.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const readme = readFileSync(join(import.meta.dirname, '../README.md'), 'utf8');

/** The `index`-th fenced block of `language` under the heading `heading` (up to the next heading). */
export function readmeSnippet(heading, language, index = 0) {
  const start = readme.indexOf(`\n${heading}\n`);
  if (start < 0) throw new Error(`README has no heading "${heading}"`);
  const next = readme.slice(start + heading.length + 2).search(/\n#{1,4} /);
  const section = next < 0 ? readme.slice(start) : readme.slice(start, start + heading.length + 2 + next);
  const blocks = [...section.matchAll(new RegExp(`\`\`\`${language}\\n([\\s\\S]*?)\`\`\``, 'g'))].map((match) => match[1]);
  if (!blocks[index]) throw new Error(`README's "${heading}" has no ${language} block #${index}`);
  return blocks[index];
}
