// The ambassador's review screen: each submitted item with its organisation's verification state and
// the existing items it resembles, then the organisations still to be verified.
import type { PageContext } from '../web/context.ts';
import type { Translator } from '../i18n/translator.ts';
import { Layout } from '../web/layout.tsx';
import { RichText } from '../web/rich-text.tsx';
import { scorePercent } from '../matching/presenter.ts';
import { displayEnterpriseNumber } from '../organisations/enterprise-number.ts';
import type { MessageKey } from '../i18n/messages.ts';
import { SIMILAR_CHECKED, type ReviewCall, type ReviewItem, type ReviewQueue, type SimilarItem } from './service.ts';

function VerificationBadge({ verified, t }: { verified: boolean; t: Translator }) {
  return (
    <span class={verified ? 'badge verified' : 'badge unverified'}>
      {t.t(verified ? 'review.item.verified' : 'review.item.unverified')}
    </span>
  );
}

function SimilarList({ item, similar, t }: { item: ReviewItem; similar: SimilarItem[]; t: Translator }) {
  const headingId = `similar-${item.id}`;
  return (
    <div class="review-similar">
      <h4 id={headingId}>{t.t('review.item.similar')}</h4>
      {similar.some((other) => other.possibleDuplicate) && (
        <p class="notice" role="note">
          {t.t('review.item.duplicate_hint')}
        </p>
      )}
      {similar.length === 0 ? (
        <p>{t.t('review.item.similar_none')}</p>
      ) : (
        <ul aria-labelledby={headingId}>
          {similar.map((other) => (
            <li class={other.possibleDuplicate ? 'possible-duplicate' : undefined}>
              <a href={other.href} lang={other.language}>
                {other.title}
              </a>{' '}
              <span class="card-meta-inline">
                {other.organisation} · {t.t('review.item.similarity', { percent: scorePercent(t, other.score) })}
              </span>
              {other.possibleDuplicate && (
                <>
                  {' '}
                  <strong class="badge duplicate">{t.t('review.item.duplicate')}</strong>
                </>
              )}
              {other.reasons[0] && (
                <>
                  <br />
                  <span class="reason">{other.reasons[0]}</span>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function ReviewEntry({ item, t }: { item: ReviewItem; t: Translator }) {
  return (
    <li class="card review-item">
      <h3 class="card-title" lang={item.language}>
        <a href={item.href}>{item.title}</a>
      </h3>
      <p class="card-meta">
        <span>
          {t.t('review.item.organisation')}{' '}
          <a href={`/organisations/${item.organisation.id}`}>{item.organisation.name}</a>
        </span>
        <VerificationBadge verified={item.organisation.verified} t={t} />
      </p>
      <details>
        <summary>{t.t('review.item.description')}</summary>
        <RichText source={item.description} lang={item.language} />
      </details>
      {item.similar ? (
        <SimilarList item={item} similar={item.similar} t={t} />
      ) : (
        <p>{t.t('review.item.similar_later', { count: SIMILAR_CHECKED })}</p>
      )}
    </li>
  );
}

function ItemSection({ id, heading, items, t }: { id: string; heading: string; items: ReviewItem[]; t: Translator }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      {items.length === 0 ? (
        <p>{t.t('review.empty')}</p>
      ) : (
        <ol class="review-list">
          {items.map((item) => (
            <ReviewEntry item={item} t={t} />
          ))}
        </ol>
      )}
    </section>
  );
}

function CallsSection({ calls, t }: { calls: ReviewCall[]; t: Translator }) {
  return (
    <section aria-labelledby="review-calls">
      <h2 id="review-calls">{t.t('nav.calls')}</h2>
      <p>{t.t('review.calls.intro')}</p>
      {calls.length === 0 ? (
        <p>{t.t('review.empty')}</p>
      ) : (
        <ol class="review-list">
          {calls.map((call) => (
            <li class="card review-item">
              <h3 class="card-title" lang={call.language}>
                <a href={`/calls/${call.id}`}>{call.challengeTitle}</a>
              </h3>
              <p class="card-meta">
                {t.t(`calls.kind.${call.kind}` as MessageKey)} · {call.organisation} · {t.date(call.submittedAt)}
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function OrganisationsSection({ organisations, t }: { organisations: ReviewQueue['organisations']; t: Translator }) {
  const more = organisations.total - organisations.rows.length;
  return (
    <section aria-labelledby="review-organisations">
      <h2 id="review-organisations">{t.t('review.organisations.heading')}</h2>
      <p>{t.t('review.organisations.intro')}</p>
      {organisations.rows.length === 0 ? (
        <p>{t.t('review.organisations.none')}</p>
      ) : (
        <ul class="review-organisations">
          {organisations.rows.map((o) => (
            <li>
              <a href={`/organisations/${o.id}`}>{o.name}</a>{' '}
              <span class="card-meta-inline">
                {displayEnterpriseNumber(o.enterprise_number, o.country)} ·{' '}
                {t.t('review.organisations.registered', { date: t.date(o.created_at) })}
                {o.submitted > 0 && <> · {t.t('review.organisations.submitted', { count: o.submitted })}</>}
              </span>
            </li>
          ))}
        </ul>
      )}
      {more > 0 && <p>{t.t('review.organisations.more', { count: more })}</p>}
    </section>
  );
}

export function ReviewPage({ context, queue }: { context: PageContext; queue: ReviewQueue }) {
  const { t } = context;
  return (
    <Layout context={context} title={t.t('review.title')}>
      <h1>{t.t('review.title')}</h1>
      <p>{t.t('review.intro')}</p>
      <ItemSection id="review-challenges" heading={t.t('nav.challenges')} items={queue.challenges} t={t} />
      <ItemSection id="review-solutions" heading={t.t('nav.solutions')} items={queue.solutions} t={t} />
      <CallsSection calls={queue.calls} t={t} />
      <OrganisationsSection organisations={queue.organisations} t={t} />
    </Layout>
  );
}
