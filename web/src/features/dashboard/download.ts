/**
 * Saves `text` as a file named `fileName` through a Blob and a temporary link. CSV gets a byte order
 * mark first: spreadsheet programs read UTF-8 without one as a legacy code page (Chinese titles
 * would turn to mojibake).
 */
export function downloadText(fileName: string, text: string, type = "text/csv;charset=utf-8") {
  const blob = new Blob([type.startsWith("text/csv") ? "\uFEFF" : "", text], { type });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.style.display = "none";
  document.body.append(link);
  link.click();
  link.remove();
  // Freed later, not at once: some browsers read the Blob after the click's task has ended.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
