// The form to post or edit an item: the fields every item has around the kind's own.
import type { ComponentChildren } from 'preact';
import type { PageContext } from '../web/context.ts';
import { Layout } from '../web/layout.tsx';
import { ErrorSummary, Form, SelectField, TextArea, TextField, type FormState } from '../web/forms.tsx';
import { CLASSIFICATIONS } from '../taxonomy/taxonomy.ts';
import { SimilarItemsPanel, type SimilarCheck } from '../matching/similar-check.tsx';
import type { ItemKind } from '../shared/item-kind.ts';

/** The form's labels, in the order of its fields (the error summary follows it). */
export function itemFieldLabels(context: PageContext, own: Record<string, string>): Record<string, string> {
  const { t } = context;
  return {
    organisationId: t.t('field.organisation'),
    title: t.t('field.title'),
    description: t.t('field.description'),
    ...own,
    classification: t.t('field.classification'),
  };
}

interface ItemFormProps {
  context: PageContext;
  kind: ItemKind;
  form: FormState;
  labels: Record<string, string>;
  action: string;
  heading: string;
  /** On the form for a new item: the "check for similar items" panel, with the last check's answer. */
  similar?: { check?: SimilarCheck };
  /** The kind's own fields. */
  children: ComponentChildren;
}

export function ItemFormPage({ context, kind, form, labels, action, heading, similar, children }: ItemFormProps) {
  const { t } = context;
  const common = { form, t };
  return (
    <Layout context={context} title={heading}>
      <h1>{heading}</h1>
      <ErrorSummary form={form} t={t} labels={labels} />
      <p class="hint">{t.t('field.required_note')}</p>
      <Form action={action} csrfToken={context.csrfToken}>
        <TextField {...common} name="title" label={labels.title!} required maxLength={200} />
        <TextArea {...common} name="description" label={labels.description!} required />
        {similar && (
          <SimilarItemsPanel kind={kind} checkAction={`${action}#similar-check`} check={similar.check} t={t} />
        )}
        {children}
        <SelectField
          {...common}
          name="classification"
          label={labels.classification!}
          options={CLASSIFICATIONS}
          hint={t.t('field.classification_hint')}
        />
        <button type="submit">{t.t('action.save')}</button>
      </Form>
    </Layout>
  );
}
