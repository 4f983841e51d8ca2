import { createRequire } from 'node:module';

const resolveFrom = createRequire(import.meta.url);

/** The brief's typefaces: DejaVu from node_modules, embedded in the PDF, never fetched. */
export const fonts = {
  regular: 'Sans',
  bold: 'Sans-Bold',
  italic: 'Sans-Oblique',
  boldItalic: 'Sans-BoldOblique',
  mono: 'Mono',
} as const;

export type FontName = (typeof fonts)[keyof typeof fonts];

const files: Record<FontName, string> = {
  Sans: 'DejaVuSans.ttf',
  'Sans-Bold': 'DejaVuSans-Bold.ttf',
  'Sans-Oblique': 'DejaVuSans-Oblique.ttf',
  'Sans-BoldOblique': 'DejaVuSans-BoldOblique.ttf',
  Mono: 'DejaVuSansMono.ttf',
};

export function fontPath(name: FontName): string {
  return resolveFrom.resolve(`dejavu-fonts-ttf/ttf/${files[name]}`);
}

export function registerFonts(doc: PDFKit.PDFDocument): void {
  for (const name of Object.values(fonts)) doc.registerFont(name, fontPath(name));
}
