// The matching sections of a detail page: fitting items of the other kind and, while an item is
// still being written, existing items like it ("search before you post").
import type { Services } from '../app-types.ts';
import type { Viewer } from '../shared/viewer.ts';
import type { Translator } from '../i18n/translator.ts';
import type { ItemKind } from '../shared/item-kind.ts';
import { explainedMatches } from './matches.ts';
import { MatchList } from './components.tsx';
import { ITEM_KINDS } from '../items/kinds.ts';

const BEING_WRITTEN = ['draft', 'sent_back'];

export async function matchSections(
  services: Services,
  kind: ItemKind,
  item: { id: string; title: string; description: string; status: string },
  viewer: Viewer | null,
  t: Translator,
) {
  const other = ITEM_KINDS[kind].counterpart;
  const results = await services.matching.matchesFor(kind, item.id, viewer, 8);
  const matches = await explainedMatches(services, other, results, viewer, t);
  const similarResults = BEING_WRITTEN.includes(item.status)
    ? (await services.matching.similar(kind, { title: item.title, text: item.description }, viewer)).filter(
        (r) => r.id !== item.id,
      )
    : [];
  const similar = await explainedMatches(services, kind, similarResults, viewer, t);
  return (
    <>
      {BEING_WRITTEN.includes(item.status) && (
        <MatchList
          id="similar"
          heading={t.t(ITEM_KINDS[kind].messages.similarHeading)}
          intro={t.t('match.similar_intro')}
          matches={similar}
          t={t}
        />
      )}
      <MatchList id="matches" heading={t.t(ITEM_KINDS[other].messages.matchesHeading)} matches={matches} t={t} />
    </>
  );
}
