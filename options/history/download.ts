// Saving text the history view produced (a receipt, a request letter, the log) as a file, and
// copying text to the clipboard. Both work from a click, so the browser allows them.

/** Offers `text` for download as `fileName` with the given MIME type. */
export function downloadText(fileName: string, text: string, mimeType: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: some browsers read the object URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function downloadJson(fileName: string, value: unknown): void {
  downloadText(fileName, `${JSON.stringify(value, null, 2)}\n`, 'application/json');
}

export async function copyText(text: string): Promise<void> {
  await navigator.clipboard.writeText(text);
}
