import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { NodeCompiler, type NodeTypstDocument } from '@myriaddreamin/typst-ts-node-compiler';

const TEMPLATE_DIR = fileURLToPath(new URL('./typst/', import.meta.url));

/**
 * Fonts the template names: the Arial/Times metric clones (fonts-liberation) and DejaVu as the
 * fallback for characters they lack. Only these folders are scanned, so the layout does not depend
 * on whatever else a machine has installed. TYPST_FONT_PATHS (colon-separated) adds folders.
 */
const FONT_DIRS = [
  '/usr/share/fonts/truetype/liberation',
  '/usr/share/fonts/truetype/liberation2',
  '/usr/share/fonts/truetype/dejavu',
  ...(process.env.TYPST_FONT_PATHS?.split(':').filter(Boolean) ?? []),
];

let shared: NodeCompiler | undefined;

/** One compiler for the process: it keeps fonts and the parsed template between documents. */
function compiler(): NodeCompiler {
  shared ??= NodeCompiler.create({
    workspace: TEMPLATE_DIR,
    fontArgs: [{ fontPaths: FONT_DIRS.filter((dir) => existsSync(dir)) }],
  });
  return shared;
}

export interface CompiledDocument {
  compiler: NodeCompiler;
  document: NodeTypstDocument;
}

/** Lays out a template with the given data (as JSON in `sys.inputs.<key>`). */
export function compileTemplate(template: string, inputs: Record<string, string>): CompiledDocument {
  const typst = compiler();
  const result = typst.compile({ mainFilePath: `${TEMPLATE_DIR}${template}`, inputs });
  const error = result.takeError();
  if (error || !result.result) throw typstError(error ? typst.fetchDiagnostics(error) : []);
  return { compiler: typst, document: result.result };
}

/**
 * Drops layout results older than a few documents, so a long run (every plan of a year) holds the
 * memory of the last few documents rather than of all of them.
 */
export function evictTypstCache(maxAge = 10) {
  shared?.evictCache(maxAge);
}

/** A template that does not compile is a fault in the program, not in the plan: a 500 with the diagnostics logged. */
export function typstError(diagnostics: unknown[]): Error {
  const messages = diagnostics
    .map((d) => (d && typeof d === 'object' && 'message' in d ? String(d.message) : String(d)))
    .slice(0, 3)
    .join('; ');
  return new Error(`Dokumentmallen (Typst) kunde inte sätta dokumentet: ${messages || 'okänt fel'}`);
}
