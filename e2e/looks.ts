import type { Page } from '@playwright/test';

/** The window sizes and colour schemes every touched screen is looked at in. */
const sizes = [
  [1440, 900],
  [1024, 700],
] as const;

/**
 * Runs `shoot` once per look (light and dark, 1440×900 and 1024×700) with the page set to it;
 * `look` ("1440-dark") names the screenshot.
 */
export async function forEachLook(page: Page, shoot: (look: string) => Promise<void>): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const [width, height] of sizes) {
      await page.setViewportSize({ width, height });
      await shoot(`${width}-${scheme}`);
    }
  }
}
