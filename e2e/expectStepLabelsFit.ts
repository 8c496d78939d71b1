import type { Locator } from '@playwright/test';
import { expect } from '@playwright/test';

/**
 * On a phone (375 px) a flow step's label reads in two lines inside the lanes: the step's name
 * ("Redirect with code") above its direction ("Authorization server → App"), both within the list
 * of steps. Before, name and direction ran on as one line across the lanes.
 */
export async function expectStepLabelsFit(steps: Locator): Promise<void> {
  const layouts = await steps.evaluate((list) => {
    const bounds = list.getBoundingClientRect();
    return [...list.querySelectorAll('summary > span:first-child')].map((label) => {
      const [name, direction] = [...label.children].map((part) => part.getBoundingClientRect());
      return {
        text: label.textContent,
        nameAboveDirection: name!.bottom <= direction!.top + 0.5,
        inside: [name!, direction!].every(
          (part) => part.left >= bounds.left - 0.5 && part.right <= bounds.right + 0.5,
        ),
      };
    });
  });
  expect(layouts.length).toBeGreaterThan(0);
  for (const layout of layouts) {
    expect(layout, layout.text ?? '').toEqual({
      text: layout.text,
      nameAboveDirection: true,
      inside: true,
    });
  }
}
