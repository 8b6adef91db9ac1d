/** The file name the server suggested (Content-Disposition), else `fallback`. */
export function fileNameOf(response: Response | undefined, fallback: string): string {
  const header = response?.headers.get('Content-Disposition') ?? '';
  const found = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(header);
  return found ? decodeURIComponent(found[1]) : fallback;
}

/** Hands a downloaded file to the browser as if the person had followed a download link. */
export function saveBlob(blob: Blob, response: Response | undefined, fallback: string) {
  if (typeof URL.createObjectURL !== 'function') return;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileNameOf(response, fallback);
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
