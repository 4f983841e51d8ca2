type Key = Pick<KeyboardEvent, 'code' | 'key' | 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey'>;

/**
 * The desktop keys that reach the menu bar: F10, or Alt pressed and released on its own (as on
 * Windows and Linux). Alt held for a shortcut or a typed character does not count, so the
 * tracker watches every key between Alt's press and release.
 */
export function menuBarKeys() {
  let altAlone = false;
  return {
    down(event: Key): 'toggle' | null {
      const alt = event.key === 'Alt';
      altAlone = alt && !event.ctrlKey && !event.metaKey && !event.shiftKey;
      const plainF10 =
        event.code === 'F10' && !event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey;
      return plainF10 ? 'toggle' : null;
    },
    up(event: Key): 'toggle' | null {
      const tapped = altAlone && event.key === 'Alt';
      altAlone = false;
      return tapped ? 'toggle' : null;
    },
    reset(): void {
      altAlone = false;
    },
  };
}
