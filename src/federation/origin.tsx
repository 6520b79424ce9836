// Provenance on detail pages: an item copied from a partner region says where it comes from and
// links back to the original.
import type { Services } from '../app-types.ts';
import type { Translator } from '../i18n/translator.ts';
import type { ItemKind } from '../shared/item-kind.ts';
import { originOf, originsOf } from './repository.ts';

export async function originSection(services: Services, kind: ItemKind, id: string, t: Translator) {
  const origin = await originOf(services.db, kind, id);
  if (!origin) return null;
  return (
    <aside class="notice" aria-label={t.t('federation.origin', { name: origin.partner_name })}>
      <p>
        {t.t('federation.origin', { name: origin.partner_name })}
        {' — '}
        <a href={origin.remote_url} rel="external noopener">
          {t.t('federation.origin_link', { name: origin.partner_name })}
        </a>
      </p>
    </aside>
  );
}

/** Catalogue cards of items copied from a partner name the partner as their source. */
export async function withOrigins<C extends { id: string; origin?: string }>(
  services: Services,
  kind: ItemKind,
  cards: C[],
): Promise<C[]> {
  const origins = await originsOf(
    services.db,
    kind,
    cards.map((card) => card.id),
  );
  return cards.map((card) => (origins.has(card.id) ? { ...card, origin: origins.get(card.id) } : card));
}
