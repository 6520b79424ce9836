// The match forms of challenge and solution pages: a provider applies with one of their solutions,
// a challenge owner asks for an introduction to a solution's provider, and a curating ambassador
// proposes a match with a note, choosing among the engine's best fits.
import type { Services } from '../app-types.ts';
import type { Viewer } from '../shared/viewer.ts';
import type { ItemKind } from '../shared/item-kind.ts';
import type { GuardedItem } from '../items/permissions.ts';
import { belongsToViewer, curatesItem } from '../items/permissions.ts';
import type { PageContext } from '../web/context.ts';
import { CsrfField } from '../web/forms.tsx';
import { listItems } from '../items/repository.ts';
import { ITEM_KINDS } from '../items/kinds.ts';
import { OPEN_STATUSES } from '../items/lifecycle.ts';
import * as repository from './repository.ts';

const PROPOSAL_CHOICES = 10;

interface Option {
  id: string;
  title: string;
}

interface PairFormProps {
  context: PageContext;
  name: 'apply' | 'request' | 'propose';
  action: string;
  field: 'challengeId' | 'solutionId';
  options: Option[];
}

function PairForm({ context, name, action, field, options }: PairFormProps) {
  const { t } = context;
  const ids = { heading: `${name}-heading`, select: `${name}-${field}`, note: `${name}-note` };
  return (
    <section aria-labelledby={ids.heading} class="match-form">
      <h2 id={ids.heading}>{t.t(`matches.form.${name}.heading`)}</h2>
      <form method="post" action={action}>
        <CsrfField token={context.csrfToken} />
        <div class="field">
          <label for={ids.select}>
            {t.t(`matches.form.${name}.choice`)}
            <span class="required"> *</span>
          </label>
          <select id={ids.select} name={field} required>
            <option value="">{t.t('field.choose')}</option>
            {options.map((o) => (
              <option value={o.id} selected={options.length === 1}>
                {o.title}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for={ids.note}>{t.t('matches.note')}</label>
          <textarea id={ids.note} name="note" rows={3} maxLength={2000}></textarea>
        </div>
        <button type="submit">{t.t(`matches.form.${name}.submit`)}</button>
      </form>
    </section>
  );
}

/** The viewer's own items of the other kind that can take part in a match with this item. */
async function ownOptions(services: Services, viewer: Viewer, kind: ItemKind): Promise<Option[]> {
  const { counterpart } = ITEM_KINDS[kind];
  const filter = {
    statuses: [...OPEN_STATUSES[counterpart]],
    sectors: [],
    spearheads: [],
    regions: [],
    languages: [],
    organisationIds: viewer.organisationIds,
    limit: 100,
    offset: 0,
  };
  const { rows } = await listItems(services.db, counterpart, filter, viewer);
  return rows.map((row) => ({ id: row.id, title: row.title }));
}

async function engineOptions(services: Services, viewer: Viewer, kind: ItemKind, id: string): Promise<Option[]> {
  const results = await services.matching.matchesFor(kind, id, viewer, PROPOSAL_CHOICES);
  return repository.publishedTitles(
    services.db,
    ITEM_KINDS[kind].counterpart,
    results.map((r) => r.id),
  );
}

function isOpen(kind: ItemKind, status: string): boolean {
  return OPEN_STATUSES[kind].includes(status as never);
}

export async function matchFormSections(
  services: Services,
  context: PageContext,
  item: { id: string; guard: GuardedItem },
) {
  const viewer = context.viewer;
  const { kind } = item.guard;
  if (
    !viewer ||
    viewer.organisationIds.length + (curatesItem(viewer, item.guard) ? 1 : 0) === 0 ||
    !isOpen(kind, item.guard.status)
  )
    return null;
  const { path, counterpart } = ITEM_KINDS[kind];
  const field = `${counterpart}Id` as const;
  const own = belongsToViewer(viewer, item.guard) ? [] : await ownOptions(services, viewer, kind);
  const proposals = curatesItem(viewer, item.guard) ? await engineOptions(services, viewer, kind, item.id) : [];
  return (
    <>
      {own.length > 0 &&
        (kind === 'challenge' ? (
          <PairForm context={context} name="apply" action={`/${path}/${item.id}/apply`} field={field} options={own} />
        ) : (
          <PairForm
            context={context}
            name="request"
            action={`/${path}/${item.id}/request-introduction`}
            field={field}
            options={own}
          />
        ))}
      {proposals.length > 0 && (
        <PairForm
          context={context}
          name="propose"
          action={`/${path}/${item.id}/propose`}
          field={field}
          options={proposals}
        />
      )}
    </>
  );
}
