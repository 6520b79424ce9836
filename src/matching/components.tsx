// The list of explained matches shown on detail pages.
import type { Translator } from '../i18n/translator.ts';
import type { ExplainedMatch } from './matches.ts';
import { scorePercent } from './presenter.ts';

export function MatchList({
  id,
  heading,
  intro,
  matches,
  t,
}: {
  id: string;
  heading: string;
  intro?: string;
  matches: ExplainedMatch[];
  t: Translator;
}) {
  return (
    <section class="matches" aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      {intro && <p>{intro}</p>}
      {matches.length === 0 ? (
        <p>{t.t('match.none')}</p>
      ) : (
        <ol class="match-list">
          {matches.map((match) => (
            <li class="match">
              <h3 class="card-title" lang={match.language}>
                <a href={match.href}>{match.title}</a>
              </h3>
              <p class="card-meta">
                {match.organisation}
                {match.isSme && (
                  <>
                    {' '}
                    <span class="badge">{t.t('catalogue.sme')}</span>
                  </>
                )}{' '}
                <span class="match-score">{t.t('match.score', { percent: scorePercent(t, match.score) })}</span>
              </p>
              {match.reasons.length > 0 && (
                <ul class="match-reasons" aria-label={t.t('match.why')}>
                  {match.reasons.map((reason) => (
                    <li>{reason}</li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
