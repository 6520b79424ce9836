// A website is linked only when it is an http(s) address. Forms and the bulk import refuse anything
// else, but a value that reached the database another way (an older row, a direct change) must still
// never become a javascript: or data: link: it is then shown as text, or left out.

/** The address when it may be a link, else null. */
export function linkableWebsite(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:' ? value : null;
  } catch {
    return null;
  }
}
