// An organisation's website on a page: a link only for an http(s) address, otherwise plain text.
import { linkableWebsite } from '../shared/web-address.ts';

export function Website({ address }: { address: string }) {
  const link = linkableWebsite(address);
  return link ? (
    <a href={link} rel="noopener noreferrer">
      {address}
    </a>
  ) : (
    <span>{address}</span>
  );
}
