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

/** A host name with a dot and nothing that would make it another kind of address (a scheme, spaces, an @). */
const BARE_HOST = /^[a-z0-9-]+(\.[a-z0-9-]+)+(:\d+)?([/?#]\S*)?$/i;

/**
 * People type a website as they see it on a van or a card: `www.voorbeeld.be`. Such an address gets the
 * https:// it leaves out; anything else is returned as given, for validation to judge.
 */
export function completedWebsite(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const address = value.trim();
  return BARE_HOST.test(address) ? `https://${address}` : value;
}

/** Form values with their `website` completed, if they have one. */
export function withCompletedWebsite<V extends Record<string, unknown>>(values: V): V {
  return values.website === undefined || values.website === null
    ? values
    : { ...values, website: completedWebsite(values.website) };
}
