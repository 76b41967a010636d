/**
 * Saves a file the host made with a download (a blob URL and `<a download>`): the browser
 * host's browser asks where, or keeps it in Downloads; Electron shows its Save dialog.
 */
export function saveFile(file: { fileName: string; mimeType: string; bytes: Uint8Array }): void {
  const blob = new Blob([file.bytes.slice().buffer], { type: file.mimeType });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Late enough for the download to have read it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
