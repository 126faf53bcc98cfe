/** What the CMS journeys do the same way in Sveltia's entry form. */
import { expect, type Locator } from '@playwright/test';

/**
 * Types each text into its box until it stays: Sveltia may draw a new entry's form again while it
 * settles, emptying what was typed first (seen in CI: the title and summary were empty at Save).
 */
export async function typeUntilItStays(
  form: Locator,
  fields: readonly (readonly [label: string, words: string])[],
): Promise<void> {
  for (const [label, words] of fields)
    await expect(async () => {
      const box = form.getByRole('textbox', { name: label });
      if ((await box.inputValue()) !== words) await box.fill(words);
      await form.page().waitForTimeout(1000);
      await expect(box).toHaveValue(words, { timeout: 500 });
    }).toPass({ timeout: 30_000 });
}
