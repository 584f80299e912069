/** A language code such as `de` as the reader says it ("German" / "德语"), falling back to the code. */
export function languageName(code: string, displayLanguage: string): string {
  try {
    return new Intl.DisplayNames([displayLanguage], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Date and time in the UI language, short: "Mar 3, 14:05" / "3月3日 14:05". */
export function formatDateTime(iso: string, displayLanguage: string): string {
  return new Intl.DateTimeFormat(displayLanguage, { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' }).format(
    new Date(iso),
  );
}
