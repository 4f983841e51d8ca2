import { isMacPlatform } from './shortcut';

/** Whether this machine is a Mac, for shortcut labels and the ⌘ key. */
export const isMac: boolean = isMacPlatform(
  (navigator as Navigator & { userAgentData?: { platform?: string } }).userAgentData?.platform ??
    navigator.platform,
);
