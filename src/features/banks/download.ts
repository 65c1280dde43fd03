/** Offers text as a file download through a Blob and an object URL, released once the click is handled. */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has the Blob from the click; releasing the URL on the next turn is safe.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** `Professional coding sample bank` -> `professional-coding-sample-bank`. */
export function fileSlug(title: string): string {
  return (
    title
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80) || 'bank'
  );
}
