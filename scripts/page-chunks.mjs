// How the in-browser module is cut into chunks: by the real pages that load the code, not by the entries that import it.
import { rollup } from 'rollup';
import { budgetPages, otherPages } from './bundle-sizes.mjs';

const realPages = [...budgetPages, ...otherPages];

/**
 * Rollup's default cut is one chunk per set of entries that share code: a page of the application and four elements
 * downloaded some twenty small files, each compressed on its own (46 KB of gzip, against 39 KB as one stream). Here
 * shared code goes to one chunk per set of real pages (`budgetPages` and `otherPages`) that load it before they
 * render. What every page but one needs, or every budgeted page but one, is one chunk, `pages`, beside the
 * application entry: the page that does not need a small part of it downloads it in the same stream, which costs it
 * less than one more file costs the others. The rules and calendar of the staff dossier page, the receiving form and
 * the procedure list are another. An element's own code stays in its entry (its own-code budget measures it there),
 * and code that no page loads before it renders (English texts, the survey's outbox and QR code) is cut as rollup
 * would.
 *
 * Which modules a page loads is known only once rollup has tree-shaken (elements import `@cqtt/core` and `rxjs`,
 * whose index files import everything), so this builds once without minifying and reads the chunks' modules and
 * static imports. It returns the `manualChunks` of the real build and the first build's cache, which spares the real
 * build its transforms.
 */
export async function pageChunks(inputOptions) {
  const bundle = await rollup({ ...inputOptions, onwarn: () => {} });
  const { output } = await bundle.generate({ format: 'es' });
  const { cache } = bundle;
  await bundle.close();
  const chunks = new Map(output.filter((item) => item.type === 'chunk').map((chunk) => [chunk.fileName, chunk]));
  const closure = (fileNames) => {
    const seen = new Set();
    const visit = (fileName) => {
      if (seen.has(fileName) || !chunks.has(fileName)) return;
      seen.add(fileName);
      for (const imported of chunks.get(fileName).imports) visit(imported);
    };
    for (const fileName of fileNames) visit(fileName);
    return seen;
  };
  const entryFiles = [...chunks.values()].filter((chunk) => chunk.isEntry).map((chunk) => chunk.fileName);
  const usersByFile = new Map();
  for (const entry of entryFiles) for (const fileName of closure([entry])) usersByFile.set(fileName, [...(usersByFile.get(fileName) ?? []), entry]);
  const pagesByFile = new Map();
  for (const page of realPages) {
    for (const fileName of closure(['cqtt.js', ...page.entries])) pagesByFile.set(fileName, [...(pagesByFile.get(fileName) ?? []), page.key]);
  }
  const chunkOf = new Map();
  for (const [fileName, chunk] of chunks) {
    const pages = pagesByFile.get(fileName) ?? [];
    const users = usersByFile.get(fileName) ?? [];
    const ownCodeOfAnElement = users.length === 1 && users[0] !== 'cqtt.js';
    if (chunk.isEntry || ownCodeOfAnElement || pages.length === 0) continue;
    const budgeted = budgetPages.filter((page) => pages.includes(page.key)).length;
    const alias = pages.length >= realPages.length - 1 || budgeted >= budgetPages.length - 1 ? 'pages' : pages.join('-');
    for (const id of Object.keys(chunk.modules)) chunkOf.set(id, alias);
  }
  return { manualChunks: (id) => chunkOf.get(id), cache };
}
