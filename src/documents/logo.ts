// The municipality's letterhead logo as the documents place it: its bytes, type and proportions.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { LogoType } from '../domain/logo.ts';

export interface DocumentLogo {
  type: LogoType;
  bytes: Uint8Array;
  /** Width / height, so the PDF and the DOCX give the logo the same height without distorting it. */
  aspect: number;
}

/** Printed logo height on the first page of every document. */
export const LOGO_HEIGHT_MM = 14;
const FALLBACK_ASPECT = 3;

export async function findDocumentLogo(db: Kysely<Database>): Promise<DocumentLogo | null> {
  const row = await db.selectFrom('municipality').select(['logo', 'logoType']).executeTakeFirst();
  if (!row?.logo || !row.logoType) return null;
  const bytes = new Uint8Array(row.logo);
  return { type: row.logoType, bytes, aspect: logoAspect(row.logoType, bytes) };
}

/** PNG: from the IHDR chunk; SVG: from viewBox or width/height; otherwise a wide letterhead shape. */
export function logoAspect(type: LogoType, bytes: Uint8Array): number {
  if (type === 'image/png') {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const width = view.getUint32(16);
    const height = view.getUint32(20);
    return width > 0 && height > 0 ? width / height : FALLBACK_ASPECT;
  }
  const svg = new TextDecoder().decode(bytes.slice(0, 4096));
  const viewBox = /viewBox\s*=\s*["']\s*[-\d.]+[\s,]+[-\d.]+[\s,]+([\d.]+)[\s,]+([\d.]+)/i.exec(svg);
  if (viewBox && Number(viewBox[2]) > 0) return Number(viewBox[1]) / Number(viewBox[2]);
  const width = /<svg[^>]*\swidth\s*=\s*["']([\d.]+)/i.exec(svg);
  const height = /<svg[^>]*\sheight\s*=\s*["']([\d.]+)/i.exec(svg);
  if (width && height && Number(height[1]) > 0) return Number(width[1]) / Number(height[1]);
  return FALLBACK_ASPECT;
}
