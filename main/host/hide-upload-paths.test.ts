import { describe, expect, it } from 'vitest';
import type { Envelope } from '../../common/transport';
import { hideUploadPaths } from './hide-upload-paths';

const launchDir = '/home/ann/.config/inside-track/uploads/4242-a1b2';

describe('browser mode never shows the uploads folder in an error', () => {
  it('a failed call names the user’s file only, in its message and its details', () => {
    const envelope: Envelope = {
      ok: false,
      error: {
        code: 'IO',
        message: `Could not read ${launchDir}/b17/twitter-2020.zip: permission denied (${launchDir}/b17/twitter-2020.zip)`,
        details: { file: `${launchDir}/b17/twitter-2020.zip`, count: 2 },
      },
    };
    const shown = hideUploadPaths(envelope, launchDir);
    expect(shown).toEqual({
      ok: false,
      error: {
        code: 'IO',
        message: 'Could not read twitter-2020.zip: permission denied (twitter-2020.zip)',
        details: { file: 'twitter-2020.zip', count: 2 },
      },
    });
  });

  it('keeps a path inside a dropped folder relative to that folder', () => {
    const envelope: Envelope = {
      ok: false,
      error: { code: 'IMPORT_FORMAT', message: `${launchDir}/b3/archive/data/tweet.js, record 4: bad` },
    };
    expect(hideUploadPaths(envelope, launchDir)).toMatchObject({
      error: { message: 'archive/data/tweet.js, record 4: bad' },
    });
  });

  it('leaves results and the user’s own paths alone', () => {
    const ok: Envelope = { ok: true, value: { path: `${launchDir}/b1/x.zip` } };
    expect(hideUploadPaths(ok, launchDir)).toBe(ok);
    const own: Envelope = { ok: false, error: { code: 'IO', message: '/home/ann/Desktop/x.zip is missing' } };
    expect(hideUploadPaths(own, launchDir)).toEqual(own);
  });
});
