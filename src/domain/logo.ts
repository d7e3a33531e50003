import { AppError } from './errors.ts';

export const LOGO_MAX_BYTES = 2 * 1024 * 1024;
export type LogoType = 'image/png' | 'image/svg+xml';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const logoError = (message: string) => new AppError('INVALID', message, { fields: { logo: message } });

/**
 * Decides from the bytes (never the file name or a claimed type) whether a letterhead logo is a PNG or an
 * SVG that documents can show. An SVG with scripts is refused because the logo is also served to browsers.
 */
export function parseLogo(bytes: Uint8Array): LogoType {
  if (bytes.length === 0) throw logoError('Logotypfilen är tom. Välj en PNG- eller SVG-fil.');
  if (bytes.length > LOGO_MAX_BYTES) {
    const mb = (bytes.length / 1024 / 1024).toFixed(1).replace('.', ',');
    throw logoError(
      `Logotypen är ${mb} MB; den får vara högst 2 MB. Spara den i mindre storlek och försök igen.`,
    );
  }
  if (PNG_SIGNATURE.every((b, i) => bytes[i] === b)) {
    if (bytes.length < 33) throw logoError('PNG-filen är avkortad. Spara om logotypen och försök igen.');
    return 'image/png';
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw logoError('Filen är varken en PNG- eller en SVG-bild. Välj logotypen som PNG eller SVG.');
  }
  const root = text
    .replace(/<\?xml[\s\S]*?\?>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<!DOCTYPE[^>]*>/gi, '')
    .trimStart();
  if (!/^<svg[\s>]/.test(root) || !/<\/svg\s*>\s*$/.test(root.trimEnd()))
    throw logoError('Filen är varken en PNG- eller en SVG-bild. Välj logotypen som PNG eller SVG.');
  if (/<script[\s>]|\son[a-z]+\s*=|javascript:/i.test(root))
    throw logoError(
      'SVG-filen innehåller skript. Spara logotypen utan skript (till exempel som PNG) och försök igen.',
    );
  return 'image/svg+xml';
}
