import { useEffect, useState } from 'react';

const query = '(prefers-color-scheme: dark)';

/** 'dark' or 'light' as the system (or an emulated media feature) says, following changes. */
export function useColorScheme(): 'light' | 'dark' {
  const [dark, setDark] = useState(() => window.matchMedia(query).matches);
  useEffect(() => {
    const media = window.matchMedia(query);
    const changed = () => setDark(media.matches);
    changed();
    media.addEventListener('change', changed);
    return () => media.removeEventListener('change', changed);
  }, []);
  return dark ? 'dark' : 'light';
}
