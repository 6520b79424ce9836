// The registration form of a matchmaking day for a member: what they seek and offer, which of their
// organisation's challenges and solutions it concerns, and the slots they are free (Brussels time).
import type { PageContext } from '../web/context.ts';
import { Layout } from '../web/layout.tsx';
import { CheckboxGroup, CsrfField, ErrorSummary, TextArea, type FormState } from '../web/forms.tsx';
import type { Labels } from '../taxonomy/taxonomy.ts';
import type { MatchmakingEvent } from './schemas.ts';

type Item = { id: string; title: string };
const same = (text: string): Labels => ({ nl: text, fr: text, en: text });
const options = (items: Item[]) => Object.fromEntries(items.map((item) => [item.id, same(item.title)]));

export function RegistrationPage(props: {
  context: PageContext;
  event: MatchmakingEvent;
  organisationId: string;
  challenges: Item[];
  solutions: Item[];
  form: FormState;
}) {
  const { context, event, organisationId, challenges, solutions, form } = props;
  const { t } = context;
  const title = t.t('matchmaking.register_title', { event: event.name });
  const slots = Object.fromEntries(event.slots.map((s) => [String(s.slot), same(s.startBrussels.slice(11))]));
  const labels = {
    seeks: t.t('matchmaking.register_seeks'),
    offers: t.t('matchmaking.register_offers'),
    challengeIds: t.t('matchmaking.register_challenges'),
    solutionIds: t.t('matchmaking.register_solutions'),
    availableSlots: t.t('matchmaking.register_slots'),
  };
  return (
    <Layout context={context} title={title}>
      <h1>{title}</h1>
      <ErrorSummary form={form} t={t} labels={labels} />
      <form method="post" action={`/events/${event.id}/register`} novalidate>
        <CsrfField token={context.csrfToken} />
        <input type="hidden" name="organisationId" value={organisationId} />
        <TextArea name="seeks" label={labels.seeks} rows={3} form={form} t={t} />
        <TextArea name="offers" label={labels.offers} rows={3} form={form} t={t} />
        {challenges.length > 0 && (
          <CheckboxGroup
            name="challengeIds"
            label={labels.challengeIds}
            options={options(challenges)}
            form={form}
            t={t}
          />
        )}
        {solutions.length > 0 && (
          <CheckboxGroup name="solutionIds" label={labels.solutionIds} options={options(solutions)} form={form} t={t} />
        )}
        <CheckboxGroup name="availableSlots" label={labels.availableSlots} options={slots} form={form} t={t} required />
        <button type="submit">{t.t('matchmaking.register_send')}</button>
      </form>
      <p>
        <a href={`/events/${event.id}`}>{t.t('matchmaking.back_to_event')}</a>
      </p>
    </Layout>
  );
}
