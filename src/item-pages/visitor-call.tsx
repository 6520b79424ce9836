// What a public item page offers a visitor: a way in (log in, come back here) instead of the
// members' forms, and a meta description for search engines and link previews.
import type { PageContext } from '../web/context.ts';
import { summaryOf } from '../web/rich-text.tsx';
import { LISTED_STATUSES, OPEN_STATUSES } from '../items/lifecycle.ts';
import { ITEM_KINDS } from '../items/kinds.ts';
import type { ItemKind } from '../shared/item-kind.ts';

interface PublicItem {
  kind: ItemKind;
  status: string;
  classification: string;
  description: string;
}

/** The item's summary for the page's meta description, only for items anyone may read. */
export function publicDescription(item: PublicItem): string | undefined {
  const listed = LISTED_STATUSES[item.kind].includes(item.status as never);
  return listed && item.classification === 'public' ? summaryOf(item.description) : undefined;
}

export function VisitorCallToAction({ context, item }: { context: PageContext; item: PublicItem }) {
  if (context.viewer || !OPEN_STATUSES[item.kind].includes(item.status as never)) return null;
  const { t } = context;
  const next = encodeURIComponent(context.path);
  return (
    <section class="call-to-action" aria-labelledby="visitor-call">
      <h2 id="visitor-call">{t.t(ITEM_KINDS[item.kind].messages.callHeading)}</h2>
      <p class="hero-actions">
        <a class="button" href={`/login?next=${next}`}>
          {t.t(ITEM_KINDS[item.kind].messages.callLogin)}
        </a>
        <a href="/register">{t.t('item.cta.register')}</a>
      </p>
    </section>
  );
}
