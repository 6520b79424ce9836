// Page pieces shared by challenge and solution pages: the lifecycle action forms, field lists and labels.
import type { ComponentChildren } from 'preact';
import type { Translator } from '../i18n/translator.ts';
import type { MessageKey } from '../i18n/messages.ts';
import type { Action } from '../items/lifecycle.ts';
import type { Labels } from '../taxonomy/taxonomy.ts';
import { CsrfField } from '../web/forms.tsx';

const DESTRUCTIVE: readonly Action[] = ['close', 'archive'];

/** One form per action; sending back asks for a reason, closing for an explicit confirmation. */
export function ActionForms({
  actions,
  action,
  csrfToken,
  t,
}: {
  actions: Action[];
  action: string;
  csrfToken: string;
  t: Translator;
}) {
  if (actions.length === 0) return null;
  return (
    <section class="item-actions" aria-labelledby="actions-heading">
      <h2 id="actions-heading">{t.t('item.actions')}</h2>
      {actions.map((name) => (
        <form method="post" action={action} class="action-form">
          <CsrfField token={csrfToken} />
          <input type="hidden" name="action" value={name} />
          {name === 'send_back' && (
            <div class="field">
              <label for="reason">
                {t.t('field.reason')}
                <span class="required"> *</span>
              </label>
              <textarea id="reason" name="reason" rows={3} required minLength={5}></textarea>
            </div>
          )}
          {DESTRUCTIVE.includes(name) && (
            <div class="checkbox">
              <input type="checkbox" id={`confirm-${name}`} name="confirm" value="yes" required />
              <label for={`confirm-${name}`}>{t.t('action.confirm_close')}</label>
            </div>
          )}
          <button type="submit" class={DESTRUCTIVE.includes(name) ? 'danger' : undefined}>
            {t.t(`action.${name}` as MessageKey)}
          </button>
        </form>
      ))}
    </section>
  );
}

export function Facts({ children }: { children: ComponentChildren }) {
  return <dl class="facts">{children}</dl>;
}

export function Fact({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

/** A code's label in the reader's language, or the code itself when the table does not know it. */
export function labelOf(t: Translator, table: Record<string, Labels>, code: string): string {
  return table[code] ? t.label(table[code]) : code;
}

export function labelList(t: Translator, table: Record<string | number, Labels>, codes: (string | number)[]): string {
  return codes.map((code) => labelOf(t, table, String(code))).join(', ') || t.t('common.none');
}
