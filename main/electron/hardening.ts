import { app, shell, type Session, type WebContents } from 'electron';
import { APP_ORIGIN, isAppUrl, isOwnBlobUrl } from './app-protocol';
import { openOutside } from './external-links';

/** Where a page may load from: our protocol, its own blobs, and the developer tools. */
function isLocalRequest(url: string): boolean {
  return isAppUrl(url) || isOwnBlobUrl(url) || url.startsWith('devtools://');
}

/**
 * Nothing leaves the machine and nothing foreign runs: every request outside the app protocol is
 * cancelled, permission prompts are refused, navigation away from the app, new windows and
 * webviews are refused, and only downloads of the page's own blobs (saved CSVs) go ahead.
 */
export function hardenSession(ses: Session): void {
  ses.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isLocalRequest(details.url) });
  });
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.on('will-download', (event, item) => {
    if (!isOwnBlobUrl(item.getURL())) event.preventDefault();
  });
  // On Windows and Linux the spell-checker downloads Hunspell dictionaries from Google's servers.
  // It is off, and its download address points at our own protocol, which has no such file.
  ses.setSpellCheckerEnabled(false);
  ses.setSpellCheckerDictionaryDownloadURL(`${APP_ORIGIN}/no-dictionaries/`);
}

/** Every page Electron creates (the window, and anything a page might try to open). */
export function guardWebContents(): void {
  app.on('web-contents-created', (_event, contents: WebContents) => {
    // A link with target=_blank (a post at its source) opens in the user's browser instead.
    contents.setWindowOpenHandler(({ url }) => openOutside(url, (link) => shell.openExternal(link)));
    const stayInApp = (event: { preventDefault(): void }, url: string) => {
      if (!isAppUrl(url)) event.preventDefault();
    };
    contents.on('will-navigate', stayInApp);
    contents.on('will-redirect', stayInApp);
    contents.on('will-frame-navigate', (event) => {
      if (!isAppUrl(event.url)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
}
