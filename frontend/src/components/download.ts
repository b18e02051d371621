/** Saves a blob as a file, without leaving the page. */
export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Some browsers start reading the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The file name a Content-Disposition header gives (its first `filename*` or `filename`). */
export function filenameOf(disposition: string | null): string | null {
  const match = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition ?? '');
  return match ? decodeURIComponent(match[1]!) : null;
}

/**
 * Downloads a file the app's own server offers (a signed report link) and saves it: the page stays
 * where it is. The link's path is fetched from this origin, whatever host it names (a server's
 * public URL may name another port or a proxy in front of it).
 */
export async function downloadFrom(url: string, fallbackName: string): Promise<void> {
  const target = new URL(url, window.location.href);
  const response = await fetch(target.pathname + target.search);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  saveBlob(await response.blob(), filenameOf(response.headers.get('content-disposition')) ?? fallbackName);
}
