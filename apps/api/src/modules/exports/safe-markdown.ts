import type { Nodes, Parents, Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown, gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown } from 'mdast-util-to-markdown';
import { gfm } from 'micromark-extension-gfm';
import { decodeString } from 'micromark-util-decode-string';

/**
 * Markdown as the web app reads it (react-markdown: micromark, CommonMark with GitHub's extensions), so that
 * an export means what the screen shows. The writer escapes whatever a text node holds, so plain text stays
 * plain text in any Markdown reader.
 */
export function readMarkdown(source: string): Root {
  return fromMarkdown(source, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
}

export function writeMarkdown(tree: Root): string {
  return toMarkdown(tree, { extensions: [gfmToMarkdown({ tablePipeAlign: false })], bullet: '-', rule: '-', fences: true });
}

const safeSchemes = /^(https?|ircs?|mailto|xmpp)$/i;

function allowedTarget(url: string): boolean {
  const colon = url.indexOf(':');
  if (colon < 0) return true;
  const beforeColon = url.slice(0, colon);
  return /[/?#]/.test(beforeColon) || safeSchemes.test(beforeColon);
}

/**
 * Whether a link target may stay: a relative address or one of the schemes react-markdown allows. `url` is as
 * parsed, entities and escapes decoded; anything else before a colon (`javascript:`, `data:`, `java\tscript:`)
 * is not a scheme we allow, however it was spelt. It is checked again after each further decoding of
 * character references, which a careless renderer or a browser may apply (`javascript&amp;#58;` in the source).
 */
export function safeUrl(url: string): boolean {
  for (let current = url, previous = ''; current !== previous; previous = current, current = decodeString(current)) {
    if (!allowedTarget(current)) return false;
  }
  return true;
}

/** The identifiers of link definitions whose targets are not safe: their references lose their target too. */
function unsafeDefinitions(tree: Root): Set<string> {
  const unsafe = new Set<string>();
  const visit = (node: Nodes): void => {
    if (node.type === 'definition' && !safeUrl(node.url)) unsafe.add(node.identifier);
    if ('children' in node) node.children.forEach(visit);
  };
  visit(tree);
  return unsafe;
}

const blockParents = new Set<Parents['type']>(['root', 'blockquote', 'listItem', 'footnoteDefinition']);

/**
 * A node as it may be published: raw HTML as the text it is (as the web app shows it), a link or image with an
 * unsafe target as its text, a heading moved down `by` levels.
 */
function cleaned(node: RootContent, parent: Parents, by: number, unsafe: Set<string>): RootContent[] {
  switch (node.type) {
    case 'html':
      return blockParents.has(parent.type)
        ? [{ type: 'paragraph', children: [{ type: 'text', value: node.value }] }]
        : [{ type: 'text', value: node.value }];
    case 'definition':
      return unsafe.has(node.identifier) ? [] : [node];
    case 'image':
      return safeUrl(node.url) ? [node] : [{ type: 'text', value: node.alt ?? '' }];
    case 'imageReference':
      return unsafe.has(node.identifier) ? [{ type: 'text', value: node.alt ?? '' }] : [node];
    case 'link':
      if (!safeUrl(node.url)) return node.children.flatMap((child) => cleaned(child, node, by, unsafe));
      break;
    case 'linkReference':
      if (unsafe.has(node.identifier)) return node.children.flatMap((child) => cleaned(child, node, by, unsafe));
      break;
    case 'heading':
      node.depth = Math.min(node.depth + by, 6) as typeof node.depth;
      break;
    default:
      break;
  }
  if ('children' in node) clean(node, by, unsafe);
  return [node];
}

function clean(parent: Parents, by: number, unsafe: Set<string>): void {
  // Each kind of parent keeps the kind of children it had: html in a block becomes a paragraph, in text text.
  (parent.children as RootContent[]) = parent.children.flatMap((child) => cleaned(child, parent, by, unsafe));
}

/**
 * A section's or recommendation's text, parsed and made safe to publish, its headings moved down `by` levels
 * so that they sit under the heading the document gives it.
 */
export function safeMarkdown(source: string, by: number): RootContent[] {
  const tree = readMarkdown(source);
  clean(tree, by, unsafeDefinitions(tree));
  return tree.children;
}
