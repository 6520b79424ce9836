// "Search before you post", while posting: the new-item forms carry a panel with a check button that
// re-renders the form with the items like the draft (nothing is saved), and a script that fills the same
// list as the title and description are typed. Both read through the viewer-aware similar search, so
// only items the viewer may read are ever listed.
import type { Services } from '../app-types.ts';
import type { Viewer } from '../shared/viewer.ts';
import type { Translator } from '../i18n/translator.ts';
import type { ItemKind } from '../shared/item-kind.ts';
import { Description } from '../items/schemas.ts';
import { explainedMatches, type ExplainedMatch } from './matches.ts';

/** The shortest title worth comparing; the similar-items API asks the same. */
const SHORTEST_TITLE = 3;
const MAX_TEXT = (Description as object as { maxLength: number }).maxLength;

export type SimilarCheck = { found: ExplainedMatch[] } | { tooShort: true };

const textOf = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');

/** The items like the draft in these form values, as the viewer may see them. */
export async function checkSimilar(
  services: Services,
  kind: ItemKind,
  values: Record<string, unknown>,
  viewer: Viewer | null,
  t: Translator,
): Promise<SimilarCheck> {
  const title = textOf(values.title);
  if (title.length < SHORTEST_TITLE) return { tooShort: true };
  const results = await services.matching.similar(
    kind,
    { title, text: textOf(values.description).slice(0, MAX_TEXT) },
    viewer,
  );
  return { found: await explainedMatches(services, kind, results, viewer, t) };
}

/** Whether a form post asks for the check rather than to save. */
export const asksForCheck = (body: Record<string, unknown>): boolean => body.intent === 'check';

function SimilarResults({ check, t }: { check: SimilarCheck; t: Translator }) {
  if ('tooShort' in check) return <p>{t.t('posting.similar.too_short')}</p>;
  if (check.found.length === 0) return <p>{t.t('posting.similar.none')}</p>;
  return (
    <>
      <p>{t.t('posting.similar.results')}</p>
      <ul class="similar-list">
        {check.found.map((item) => (
          <li>
            <a href={item.href} lang={item.language}>
              {item.title}
            </a>{' '}
            <span class="card-meta">{item.organisation}</span>
          </li>
        ))}
      </ul>
    </>
  );
}

/**
 * The panel inside the form. The check button posts the whole form to `checkAction` (the form's own address
 * with a fragment, so the answer opens at the results). The script reads its texts from the data attributes.
 */
export function SimilarItemsPanel({
  kind,
  checkAction,
  check,
  t,
}: {
  kind: ItemKind;
  checkAction: string;
  check?: SimilarCheck;
  t: Translator;
}) {
  return (
    <section
      class="similar-check"
      id="similar-check"
      aria-labelledby="similar-check-heading"
      data-similar-kind={kind}
      data-min-title={String(SHORTEST_TITLE)}
      data-max-text={String(MAX_TEXT)}
      data-results={t.t('posting.similar.results')}
      data-none={t.t('posting.similar.none')}
    >
      <h2 id="similar-check-heading">{t.t('posting.similar.heading')}</h2>
      <p class="hint">{t.t('posting.similar.intro')}</p>
      <button type="submit" name="intent" value="check" class="secondary" formaction={checkAction}>
        {t.t('posting.similar.check')}
      </button>
      <div id="similar-results" aria-live="polite">
        {check && <SimilarResults check={check} t={t} />}
      </div>
      <script src="/static/similar-items.js" defer></script>
    </section>
  );
}
