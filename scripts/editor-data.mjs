// Editor data made from the custom-elements manifest, shipped in @cqtt/elements: VS Code's custom data (HTML tags and
// attributes; CSS custom properties and parts) and JetBrains' web-types. Written by the manifest's last plugin.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const elementsOf = (manifest) =>
  manifest.modules.flatMap((module) => (module.declarations ?? []).filter((declaration) => declaration.tagName).map((declaration) => ({ module, declaration })));

const describe = (declaration) => [declaration.summary, declaration.description].filter(Boolean).join('\n\n');

/** The values a VS Code completion offers for an attribute of a string-literal union type (`'month' | 'year'`). */
function literalValues(type) {
  const parts = (type?.text ?? '').split('|').map((part) => part.trim());
  return parts.length > 1 && parts.every((part) => /^'[^']*'$/.test(part)) ? parts.map((part) => ({ name: part.slice(1, -1) })) : undefined;
}

export function vscodeHtmlData(manifest) {
  return {
    version: 1.1,
    tags: elementsOf(manifest).map(({ declaration }) => ({
      name: declaration.tagName,
      description: describe(declaration),
      attributes: (declaration.attributes ?? []).map((attribute) => ({
        name: attribute.name,
        description: attribute.description ?? '',
        ...(literalValues(attribute.type) ? { values: literalValues(attribute.type) } : {}),
        ...(attribute.type?.text === 'boolean' ? { valueSet: 'v' } : {}),
      })),
    })),
  };
}

export function vscodeCssData(manifest) {
  const properties = new Map();
  const parts = new Map();
  for (const { declaration } of elementsOf(manifest)) {
    for (const property of declaration.cssProperties ?? []) {
      const line = `${declaration.tagName}: ${property.description ?? ''}${property.default ? ` (default ${property.default})` : ''}`;
      properties.set(property.name, [...(properties.get(property.name) ?? []), line]);
    }
    for (const part of declaration.cssParts ?? []) {
      parts.set(part.name, [...(parts.get(part.name) ?? []), `${declaration.tagName}: ${part.description ?? ''}`]);
    }
  }
  return {
    version: 1.1,
    properties: [...properties].map(([name, lines]) => ({ name, description: lines.join('\n') })),
    pseudoElements: [...parts].map(([name, lines]) => ({ name: `::part(${name})`, description: lines.join('\n') })),
  };
}

export function webTypes(manifest, { name, version }) {
  return {
    $schema: 'https://json.schemastore.org/web-types',
    name,
    version,
    'description-markup': 'markdown',
    contributions: {
      html: {
        elements: elementsOf(manifest).map(({ module, declaration }) => ({
          name: declaration.tagName,
          description: describe(declaration),
          source: { module: `./${module.path.replace(/^packages\/elements\/src\//, 'dist/').replace(/\.ts$/, '.js')}`, symbol: declaration.name },
          attributes: (declaration.attributes ?? []).map((attribute) => ({
            name: attribute.name,
            description: attribute.description ?? '',
            value: { type: attribute.type?.text ?? 'string' },
          })),
          events: (declaration.events ?? []).map((event) => ({ name: event.name, description: event.description ?? '' })),
          slots: (declaration.slots ?? []).map((slot) => ({ name: slot.name, description: slot.description ?? '' })),
          css: {
            properties: (declaration.cssProperties ?? []).map((property) => ({ name: property.name, description: property.description ?? '' })),
            parts: (declaration.cssParts ?? []).map((part) => ({ name: part.name, description: part.description ?? '' })),
          },
          js: {
            properties: (declaration.members ?? [])
              .filter((member) => member.kind === 'field' && !member.static && member.privacy !== 'protected')
              .map((member) => ({ name: member.name, description: member.description ?? '', ...(member.type ? { type: member.type.text } : {}) })),
            events: (declaration.events ?? []).map((event) => ({ name: event.name, description: event.description ?? '' })),
          },
        })),
      },
    },
  };
}

/** The analyzer plugin: once the manifest is linked, writes the three files beside it. */
export function editorDataPlugin(packageDir) {
  return {
    name: 'cqtt-editor-data',
    packageLinkPhase({ customElementsManifest }) {
      const { name, version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
      const write = (file, data) => writeFileSync(join(packageDir, file), `${JSON.stringify(data, null, 2)}\n`);
      write('vscode.html-custom-data.json', vscodeHtmlData(customElementsManifest));
      write('vscode.css-custom-data.json', vscodeCssData(customElementsManifest));
      write('web-types.json', webTypes(customElementsManifest, { name, version }));
    },
  };
}
