import { expect, test } from './fixtures';

/** The few browser names the drawing uses (the e2e specs compile without the DOM's types). */
interface Canvas2d {
  font: string;
  fillStyle: string;
  fillText(text: string, x: number, y: number): void;
  getImageData(x: number, y: number, width: number, height: number): { data: Uint8ClampedArray };
  measureText(text: string): { width: number };
}
interface PageGlobals {
  document: {
    body: object;
    createElement(tag: 'canvas'): { width: number; height: number; getContext(kind: '2d'): Canvas2d };
  };
  getComputedStyle(element: object): { fontFamily: string };
}

/**
 * What a glyph looks like when drawn in the app's own font stack: how much ink, how much of it in
 * colour, and how wide. A character no font has is drawn as the same small "tofu" box each time.
 */
function drawInAppFont(text: string) {
  const { document, getComputedStyle } = globalThis as unknown as PageGlobals;
  const canvas = document.createElement('canvas');
  canvas.width = 120;
  canvas.height = 60;
  const context = canvas.getContext('2d');
  context.font = `40px ${getComputedStyle(document.body).fontFamily}`;
  context.fillStyle = '#000';
  context.fillText(text, 10, 45);
  const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
  let ink = 0;
  let coloured = 0;
  for (let i = 0; i < pixels.length; i += 4) {
    if (pixels[i + 3] === 0) continue;
    ink++;
    const [r, g, b] = [pixels[i]!, pixels[i + 1]!, pixels[i + 2]!];
    if (Math.abs(r - g) > 30 || Math.abs(g - b) > 30) coloured++;
  }
  return { ink, coloured, width: context.measureText(text).width };
}

test('emoji, Chinese, Japanese and Korean names are drawn with real glyphs, not empty boxes', async ({
  page,
  app,
}) => {
  await page.goto(app.url);
  await expect(page.getByTestId('start-screen')).toBeVisible();
  // A noncharacter: no font has it, so it shows what a missing glyph looks like here.
  const tofu = await page.evaluate(drawInAppFont, '\u{10FFFD}');
  for (const text of ['漢', 'か', '한']) {
    const glyph = await page.evaluate(drawInAppFont, text);
    expect(glyph.width, text).toBeGreaterThan(tofu.width * 1.5);
    expect(glyph.ink, text).not.toBe(tofu.ink);
  }
  const emoji = await page.evaluate(drawInAppFont, '😀');
  expect(emoji.coloured).toBeGreaterThan(100);
});
