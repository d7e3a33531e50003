import { parseAst } from 'vite';

export type HardCodedText = { line: number; text: string };

/** Texts that read the same in every language: the brand and units. */
const ALLOWED = new Set([
  'Målkedja',
  'kr',
  'tkr',
  'kB',
  'MB',
  'T1',
  'T2',
  'T3',
  'CSV',
  'XLSX',
  'PDF',
  'DOCX',
  'SVG',
  'PNG',
]);

/** Attributes a person reads or hears (a screen reader reads aria-label and title). */
const TEXT_ATTRIBUTES = new Set([
  'aria-label',
  'title',
  'placeholder',
  'alt',
  'label',
  'aria-description',
  'caption',
  'hint',
  'noun',
  'ownLabel',
  'who',
]);

/** Calls whose first argument a person reads: dialogs and the document title. */
const TEXT_CALLS = new Set(['confirm', 'alert', 'prompt', 'useDocumentTitle']);

/** A label-like value in a map or list: "Utkast", "Tas fram av nämnd" (not 'button', 'Enter' or 'T1'). */
const LABEL_LIKE = /^\p{Lu}\p{Ll}+(?: [\p{L}\p{N}:,()–-]+)*[.?]?$/u;
const KEY_NAMES = new Set(['Enter', 'Escape', 'Tab', 'Backspace', 'Delete', 'Home', 'End', 'Space']);

const LETTER = /\p{L}/u;
const SWEDISH_LETTER = /[åäöÅÄÖ]/;

type Node = { type: string; start: number; end: number; [key: string]: unknown };

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && typeof (value as Node).type === 'string';
}

/** Text with a word that is not the brand or a unit: "(12 kB)" and "Målkedja" pass, "Hej" does not. */
function isText(text: string): boolean {
  const words = text.split(/[^\p{L}\p{N}]+/u).filter((w) => LETTER.test(w));
  return words.some((w) => !ALLOWED.has(w));
}

/**
 * Finds user-visible literals in one .tsx file: JSX text, text attributes, strings and templates a JSX
 * expression shows, confirm/alert texts, and any string with å, ä or ö (label maps, messages).
 */
export function findHardCodedText(source: string, file = 'file.tsx'): HardCodedText[] {
  const program = parseAst(source, { lang: 'tsx' }, file) as unknown as Node;
  const lineStarts = [0];
  for (let i = 0; i < source.length; i++) if (source[i] === '\n') lineStarts.push(i + 1);
  const lineOf = (offset: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((lineStarts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  const found = new Map<number, HardCodedText>();
  const report = (node: Node, text: string) => {
    if (isText(text)) found.set(node.start, { line: lineOf(node.start), text: text.trim() });
  };

  /** Strings an expression can evaluate to and show: 'a', `a ${b}`, c ? 'd' : 'e', f ?? 'g'. */
  const shown = (expr: unknown) => {
    if (!isNode(expr)) return;
    if (expr.type === 'Literal' && typeof expr.value === 'string') report(expr, expr.value);
    else if (expr.type === 'TemplateLiteral')
      report(expr, (expr.quasis as Node[]).map((q) => (q.value as { cooked: string }).cooked).join(' '));
    else if (expr.type === 'ConditionalExpression') {
      shown(expr.consequent);
      shown(expr.alternate);
    } else if (expr.type === 'LogicalExpression') shown(expr.right);
  };

  const visit = (node: Node, parent?: Node) => {
    switch (node.type) {
      case 'ImportDeclaration':
        // The domain's label maps (PLAN_STATUS_LABEL …) are Swedish; the UI reads the vocabulary namespace.
        for (const spec of node.specifiers as Node[]) {
          const imported = (spec.imported as Node | undefined)?.name;
          if (typeof imported === 'string' && imported.endsWith('_LABEL')) report(spec, imported);
        }
        return;
      case 'ExportAllDeclaration':
      case 'TSImportType':
        return;
      case 'JSXText':
        report(node, node.value as string);
        break;
      case 'JSXAttribute': {
        const name = (node.name as Node).name as string;
        if (TEXT_ATTRIBUTES.has(name)) {
          const value = node.value as Node | null;
          if (value?.type === 'JSXExpressionContainer') shown(value.expression);
          else shown(value);
        }
        break;
      }
      case 'JSXExpressionContainer':
        if (parent?.type === 'JSXElement' || parent?.type === 'JSXFragment') shown(node.expression);
        break;
      case 'CallExpression': {
        const callee = node.callee as Node;
        const name =
          callee.type === 'Identifier'
            ? callee.name
            : callee.type === 'MemberExpression'
              ? (callee.property as Node).name
              : '';
        if (TEXT_CALLS.has(name as string)) shown((node.arguments as Node[])[0]);
        break;
      }
      case 'Literal': {
        if (typeof node.value !== 'string') break;
        const inMap = parent?.type === 'Property' || parent?.type === 'ArrayExpression';
        if (SWEDISH_LETTER.test(node.value)) report(node, node.value);
        else if (inMap && LABEL_LIKE.test(node.value) && !KEY_NAMES.has(node.value)) report(node, node.value);
        break;
      }
      case 'TemplateElement': {
        const cooked = (node.value as { cooked: string }).cooked;
        if (SWEDISH_LETTER.test(cooked)) report(node, cooked);
        break;
      }
    }
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) {
        for (const child of value) if (isNode(child)) visit(child, node);
      } else if (isNode(value)) visit(value, node);
    }
  };
  visit(program);
  return [...found.values()].sort((a, b) => a.line - b.line);
}
