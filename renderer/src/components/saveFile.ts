/**
 * Saves generated content as a download: a Blob and an <a download>. Browser mode saves to the
 * Downloads folder; Electron shows its save dialog for the same link.
 */
export function saveFile(content: Blob | string, fileName: string, type = 'application/octet-stream'): void {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started reading the blob by now; give slow machines a moment anyway.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name from free text: "Dana Lee / Acme" → "Dana Lee - Acme". */
export function safeFileName(text: string, fallback = 'export'): string {
  const cleaned = text
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f<>:"/\\|?*]+/g, ' - ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.-]+|[\s.-]+$/g, '')
    .slice(0, 120);
  return cleaned || fallback;
}
