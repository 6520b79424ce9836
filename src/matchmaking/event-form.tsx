// The ambassador's form to create a matchmaking day, or to edit one (filled in, saying who is told):
// times in Brussels time as datetime-local fields, an address or an online link, target sectors and
// spearheads.
import type { PageContext } from '../web/context.ts';
import { Layout } from '../web/layout.tsx';
import { CheckboxGroup, CsrfField, ErrorSummary, TextArea, TextField, type FormState } from '../web/forms.tsx';
import { SECTORS, SPEARHEADS } from '../taxonomy/taxonomy.ts';
import type { MatchmakingEvent } from './schemas.ts';

export function EventFormPage(props: { context: PageContext; form: FormState; editing?: MatchmakingEvent }) {
  const { context, form, editing } = props;
  const { t } = context;
  const title = editing ? t.t('matchmaking.edit_title', { event: editing.name }) : t.t('matchmaking.new_title');
  const labels: Record<string, string> = {
    name: t.t('matchmaking.new_name'),
    description: t.t('matchmaking.new_description'),
    start: t.t('matchmaking.new_start'),
    end: t.t('matchmaking.new_end'),
    slotMinutes: t.t('matchmaking.new_slot_minutes'),
    tables: t.t('matchmaking.new_tables'),
    address: t.t('matchmaking.new_address'),
    onlineUrl: t.t('matchmaking.new_online_url'),
    registrationDeadline: t.t('matchmaking.deadline'),
    sectors: t.t('matchmaking.sectors'),
    spearheads: t.t('matchmaking.spearheads'),
  };
  const text = (name: string) => labels[name] as string;
  return (
    <Layout context={context} title={title}>
      <h1>{title}</h1>
      {editing && <p>{t.t('matchmaking.edit_intro')}</p>}
      <ErrorSummary form={form} t={t} labels={labels} />
      <form method="post" action={editing ? `/events/${editing.id}/edit` : '/events/new'} novalidate>
        <CsrfField token={context.csrfToken} />
        <TextField name="name" label={text('name')} form={form} t={t} required maxLength={200} />
        <TextArea name="description" label={text('description')} rows={4} form={form} t={t} />
        <TextField name="start" label={text('start')} type="datetime-local" form={form} t={t} />
        <TextField name="end" label={text('end')} type="datetime-local" form={form} t={t} />
        <TextField name="slotMinutes" label={text('slotMinutes')} type="number" form={form} t={t} required />
        <TextField name="tables" label={text('tables')} type="number" form={form} t={t} required />
        <TextField name="address" label={text('address')} form={form} t={t} maxLength={500} />
        <TextField name="onlineUrl" label={text('onlineUrl')} type="url" form={form} t={t} maxLength={500} />
        <TextField
          name="registrationDeadline"
          label={text('registrationDeadline')}
          type="datetime-local"
          form={form}
          t={t}
        />
        <CheckboxGroup name="sectors" label={text('sectors')} options={SECTORS} form={form} t={t} />
        <CheckboxGroup name="spearheads" label={text('spearheads')} options={SPEARHEADS} form={form} t={t} />
        <button type="submit">{t.t(editing ? 'matchmaking.edit_send' : 'matchmaking.new_send')}</button>
      </form>
      {editing && (
        <p>
          <a href={`/events/${editing.id}`}>{t.t('matchmaking.back_to_event')}</a>
        </p>
      )}
    </Layout>
  );
}
