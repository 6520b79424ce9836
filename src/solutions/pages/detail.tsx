import type { ComponentChildren } from 'preact';
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
  MARKET_STAGES,
  PRICING,
  REGIONS,
  SECTORS,
  SOLUTION_KINDS,
  SPEARHEADS,
  type Labels,
} from '../../taxonomy/taxonomy.ts';
import type { Solution } from '../schemas.ts';

export function SolutionDetailPage({
  context,
  solution,
  actions,
  canEdit,
  extra,
  structuredData,
  contentChangedAt,
}: {
  context: PageContext;
  solution: Solution;
  actions: Action[];
  canEdit: boolean;
  extra?: ComponentChildren;
  structuredData?: string | null;
  /** When the content last changed, shown to every reader (changes after review wait for the curator's check). */
  contentChangedAt?: Date | null;
}) {
  const { t } = context;
  const label = (table: Record<string, Labels>, code: string) => (table[code] ? t.label(table[code]) : code);
  const list = (table: Record<string, Labels>, codes: (string | number)[]) =>
    codes.map((c) => label(table, String(c))).join(', ') || t.t('common.none');
  const maturity = solution.trl
    ? t.t('item.trl_value', { trl: solution.trl })
    : solution.marketStage
      ? label(MARKET_STAGES, solution.marketStage)
      : t.t('common.none');
  const pricing =
    solution.pricing === 'free_period' && solution.freeMonths
      ? t.t('item.free_for_months', { months: solution.freeMonths })
      : label(PRICING, solution.pricing);
  return (
    <Layout
      context={context}
      title={solution.title}
      structuredData={structuredData}
      description={publicDescription({ ...solution, kind: 'solution' })}
    >
      <article class="item-detail">
        <p class="eyebrow">
          {t.t('nav.solutions')} · <StatusBadge status={solution.status} t={t} />
        </p>
        <h1 lang={solution.language}>{solution.title}</h1>
        <p class="card-meta">
          <a href={`/organisations/${solution.organisation.id}`}>{solution.organisation.name}</a>
        </p>
        {solution.reviewNote && (
          <div class="notice" role="note">
            <strong>{t.colon(t.t('item.review_note'))}</strong> {solution.reviewNote}
          </div>
        )}
        <RichText source={solution.description} lang={solution.language} />
        <Facts>
          <Fact label={t.t('field.kind')}>{label(SOLUTION_KINDS, solution.kind)}</Fact>
          {solution.technologies.length > 0 && (
            <Fact label={t.t('field.technologies')}>{solution.technologies.join(', ')}</Fact>
          )}
          <Fact label={t.t('field.sectors')}>{list(SECTORS, solution.sectors)}</Fact>
          <Fact label={t.t('field.spearheads')}>{list(SPEARHEADS, solution.spearheads)}</Fact>
          <Fact label={t.t('field.maturity')}>{maturity}</Fact>
          <Fact label={t.t('field.pricing')}>{pricing}</Fact>
          <Fact label={t.t('field.regions_served')}>{list(REGIONS, solution.regionsServed)}</Fact>
          <Fact label={t.t('field.languages')}>{list(CONTENT_LANGUAGES, solution.languages)}</Fact>
          {solution.references && (
            <Fact label={t.t('field.references')}>
              <RichText source={solution.references} lang={solution.language} class="references" />
            </Fact>
          )}
          <Fact label={t.t('field.classification')}>{label(CLASSIFICATIONS, solution.classification)}</Fact>
          {solution.publishedAt && <Fact label={t.t('field.published_at')}>{t.date(solution.publishedAt)}</Fact>}
          {contentChangedAt && <Fact label={t.t('changes.last_changed')}>{t.date(contentChangedAt)}</Fact>}
        </Facts>
        {canEdit && (
          <p>
            <a class="button secondary" href={`/solutions/${solution.id}/edit`}>
              {t.t('action.edit')}
            </a>
          </p>
        )}
        <ActionForms
          actions={actions}
          action={`/solutions/${solution.id}/transition`}
          csrfToken={context.csrfToken}
          t={t}
        />
        <VisitorCallToAction context={context} item={{ ...solution, kind: 'solution' }} />
        {extra}
      </article>
    </Layout>
  );
}
