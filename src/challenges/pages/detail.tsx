import type { PageContext } from '../../web/context.ts';
import { Layout } from '../../web/layout.tsx';
import { RichText } from '../../web/rich-text.tsx';
import { publicDescription, VisitorCallToAction } from '../../publication/pages/visitor-call.tsx';
import { Fact, Facts, ActionForms } from '../../publication/pages/components.tsx';
import { StatusBadge } from '../../catalogue/components.tsx';
import type { Action } from '../../publication/lifecycle.ts';
import {
  CLASSIFICATIONS,
  CONTENT_LANGUAGES,
  REGIONS,
  SECTORS,
  SOLUTION_KINDS,
  SPEARHEADS,
  URGENCIES,
  type Labels,
} from '../../taxonomy/taxonomy.ts';
import type { Challenge } from '../schemas.ts';
import type { ComponentChildren } from 'preact';

function labelList(context: PageContext, table: Record<string | number, Labels>, codes: (string | number)[]): string {
  return (
    codes.map((code) => (table[code] ? context.t.label(table[code]) : String(code))).join(', ') ||
    context.t.t('common.none')
  );
}

export function ChallengeDetailPage({
  context,
  challenge,
  actions,
  canEdit,
  extra,
  structuredData,
  contentChangedAt,
}: {
  context: PageContext;
  challenge: Challenge;
  actions: Action[];
  canEdit: boolean;
  extra?: ComponentChildren;
  structuredData?: string | null;
  /** When the content last changed, shown to every reader (changes after review wait for the curator's check). */
  contentChangedAt?: Date | null;
}) {
  const { t } = context;
  const label = (table: Record<string, Labels>, code: string) => (table[code] ? t.label(table[code]) : code);
  return (
    <Layout
      context={context}
      title={challenge.title}
      structuredData={structuredData}
      description={publicDescription({ ...challenge, kind: 'challenge' })}
    >
      <article class="item-detail">
        <p class="eyebrow">
          {t.t('nav.challenges')} · <StatusBadge status={challenge.status} t={t} />
        </p>
        <h1 lang={challenge.language}>{challenge.title}</h1>
        <p class="card-meta">
          <a href={`/organisations/${challenge.organisation.id}`}>{challenge.organisation.name}</a>
        </p>
        {challenge.reviewNote && (
          <div class="notice" role="note">
            <strong>{t.colon(t.t('item.review_note'))}</strong> {challenge.reviewNote}
          </div>
        )}
        <RichText source={challenge.description} lang={challenge.language} />
        <Facts>
          <Fact label={t.t('field.sectors')}>{labelList(context, SECTORS, challenge.sectors)}</Fact>
          <Fact label={t.t('field.spearheads')}>{labelList(context, SPEARHEADS, challenge.spearheads)}</Fact>
          <Fact label={t.t('field.region')}>{label(REGIONS, challenge.region)}</Fact>
          <Fact label={t.t('field.language')}>{label(CONTENT_LANGUAGES, challenge.language)}</Fact>
          <Fact label={t.t('field.urgency')}>{label(URGENCIES, challenge.urgency)}</Fact>
          {challenge.deadline && <Fact label={t.t('field.deadline')}>{t.date(challenge.deadline)}</Fact>}
          {challenge.durationMonths && (
            <Fact label={t.t('field.duration_months')}>
              {t.t('item.duration_value', { months: challenge.durationMonths })}
            </Fact>
          )}
          <Fact label={t.t('field.desired_kinds')}>{labelList(context, SOLUTION_KINDS, challenge.desiredKinds)}</Fact>
          <Fact label={t.t('field.classification')}>{label(CLASSIFICATIONS, challenge.classification)}</Fact>
          {challenge.publishedAt && <Fact label={t.t('field.published_at')}>{t.date(challenge.publishedAt)}</Fact>}
          {contentChangedAt && <Fact label={t.t('changes.last_changed')}>{t.date(contentChangedAt)}</Fact>}
          {challenge.expiresAt && <Fact label={t.t('field.expires_at')}>{t.date(challenge.expiresAt)}</Fact>}
        </Facts>
        {canEdit && (
          <p>
            <a class="button secondary" href={`/challenges/${challenge.id}/edit`}>
              {t.t('action.edit')}
            </a>
          </p>
        )}
        <ActionForms
          actions={actions}
          action={`/challenges/${challenge.id}/transition`}
          csrfToken={context.csrfToken}
          t={t}
        />
        <VisitorCallToAction context={context} item={{ ...challenge, kind: 'challenge' }} />
        {extra}
      </article>
    </Layout>
  );
}
