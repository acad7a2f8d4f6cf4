// The custom-elements manifest integrators read: tags, attributes, properties, events, slots, CSS parts and custom
// properties. The analyzer does not see through our `defineElement(tag, Class)` helper, lists Lit's `state: true`
// properties as attributes and types an event by its constructor only; the plugins below fix those three.
import { editorDataPlugin } from './scripts/editor-data.mjs';

/** Lit's `static properties` entries with `state: true`: internal, never attributes nor public API. */
function litStatePlugin() {
  const stateFields = new Map();
  return {
    name: 'cqtt-lit-state',
    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const fields = new Set();
      for (const member of node.members) {
        if (!ts.isPropertyDeclaration(member) || member.name.getText() !== 'properties') continue;
        if (!member.initializer || !ts.isObjectLiteralExpression(member.initializer)) continue;
        for (const property of member.initializer.properties) {
          if (!ts.isPropertyAssignment(property) || !ts.isObjectLiteralExpression(property.initializer)) continue;
          const isState = property.initializer.properties.some(
            (option) => ts.isPropertyAssignment(option) && option.name.getText() === 'state' && option.initializer.kind === ts.SyntaxKind.TrueKeyword,
          );
          if (isState) fields.add(property.name.getText());
        }
      }
      if (fields.size > 0) stateFields.set(node.name.getText(), fields);
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const declaration of customElementsManifest.modules.flatMap((module) => module.declarations ?? [])) {
        const internal = stateFields.get(declaration.name) ?? new Set();
        const isPublic = (member) => !internal.has(member.name) && member.privacy !== 'private' && !member.name.startsWith('#');
        if (declaration.attributes) declaration.attributes = declaration.attributes.filter((attribute) => !internal.has(attribute.fieldName));
        if (declaration.members) declaration.members = declaration.members.filter(isPublic);
      }
    },
  };
}

/** `defineElement('cqtt-x', Class)` in a `define` module: the tag -> module definition the analyzer cannot infer. */
function defineElementPlugin() {
  return {
    name: 'cqtt-define-element',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || node.expression.getText() !== 'defineElement') return;
      const [tag, constructor] = node.arguments;
      if (!tag || !ts.isStringLiteral(tag) || !constructor || !ts.isIdentifier(constructor)) return;
      moduleDoc.exports ??= [];
      moduleDoc.exports.push({ kind: 'custom-element-definition', name: tag.text, declaration: { name: constructor.text } });
    },
    packageLinkPhase({ customElementsManifest }) {
      const modules = customElementsManifest.modules;
      const moduleOf = new Map(
        modules.flatMap((module) => (module.declarations ?? []).filter((declaration) => declaration.customElement).map((declaration) => [declaration.name, module.path])),
      );
      for (const module of modules) {
        // `customElements.define(tag, constructor)` inside the helper itself defines no particular tag.
        module.exports = (module.exports ?? []).filter((entry) => entry.kind !== 'custom-element-definition' || moduleOf.has(entry.declaration.name));
        for (const entry of module.exports) {
          if (entry.kind === 'custom-element-definition') entry.declaration.module = moduleOf.get(entry.declaration.name);
        }
      }
    },
  };
}

/**
 * Each event's type, `CustomEvent<Detail>`, from the `HTMLElementEventMap` augmentation that types
 * `addEventListener`, or else from the `new CustomEvent<Detail>('name', …)` that dispatches it.
 */
function eventTypePlugin() {
  const fromEventMap = new Map();
  const fromDispatch = new Map();
  return {
    name: 'cqtt-event-types',
    analyzePhase({ ts, node }) {
      if (ts.isInterfaceDeclaration(node) && node.name.text === 'HTMLElementEventMap') {
        for (const member of node.members) {
          if (ts.isPropertySignature(member) && member.type && ts.isStringLiteral(member.name)) fromEventMap.set(member.name.text, member.type.getText());
        }
      }
      if (ts.isNewExpression(node) && node.expression.getText() === 'CustomEvent' && node.typeArguments?.length === 1) {
        const [name] = node.arguments ?? [];
        if (name && ts.isStringLiteral(name)) fromDispatch.set(name.text, `CustomEvent<${node.typeArguments[0].getText()}>`);
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const declaration of customElementsManifest.modules.flatMap((module) => module.declarations ?? [])) {
        for (const event of declaration.events ?? []) {
          const text = fromEventMap.get(event.name) ?? fromDispatch.get(event.name);
          if (text) event.type = { text };
        }
      }
    },
  };
}

export default {
  globs: ['packages/elements/src/**/*.ts'],
  exclude: ['**/*.test.ts', '**/*.styles.ts'],
  outdir: 'packages/elements',
  litelement: true,
  dependencies: false,
  plugins: [litStatePlugin(), defineElementPlugin(), eventTypePlugin(), editorDataPlugin('packages/elements')],
};
