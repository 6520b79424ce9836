// Form controls that tie every error to its field (aria-describedby, aria-invalid) and list all
// errors in a summary at the top, so screen-reader users hear what to fix.
import type { ComponentChildren } from 'preact';
import type { FieldProblem } from '../shared/errors.ts';
import type { Translator } from '../i18n/translator.ts';
import type { Labels } from '../taxonomy/taxonomy.ts';

export type FormValues = Record<string, unknown>;

export interface FormState {
  values: FormValues;
  problems: FieldProblem[];
}

export const emptyForm = (values: FormValues = {}): FormState => ({ values, problems: [] });

interface FieldBase {
  name: string;
  label: string;
  form: FormState;
  t: Translator;
  hint?: string;
  required?: boolean;
}

function problemOf(form: FormState, name: string): FieldProblem | undefined {
  return form.problems.find((p) => p.field === name);
}

function describedBy(name: string, hint: string | undefined, problem: FieldProblem | undefined): string | undefined {
  const ids = [hint ? `${name}-hint` : '', problem ? `${name}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function FieldMessages({
  name,
  hint,
  problem,
  t,
}: {
  name: string;
  hint?: string;
  problem?: FieldProblem;
  t: Translator;
}) {
  return (
    <>
      {hint && (
        <p class="hint" id={`${name}-hint`}>
          {hint}
        </p>
      )}
      {problem && (
        <p class="field-error" id={`${name}-error`}>
          {t.t(problem.message, problem.params)}
        </p>
      )}
    </>
  );
}

function stringValue(value: unknown): string {
  return value === undefined || value === null ? '' : String(value);
}

export function TextField(
  props: FieldBase & {
    type?: 'text' | 'email' | 'password' | 'date' | 'datetime-local' | 'number' | 'url' | 'search' | 'tel';
    autocomplete?: string;
    maxLength?: number;
  },
) {
  const { name, label, form, t, hint, required, type = 'text', autocomplete, maxLength } = props;
  const problem = problemOf(form, name);
  return (
    <div class={problem ? 'field has-error' : 'field'}>
      <label for={name}>
        {label}
        {required && <span class="required"> *</span>}
      </label>
      <FieldMessages name={name} hint={hint} problem={problem} t={t} />
      <input
        id={name}
        name={name}
        type={type as 'text'}
        value={type === 'password' ? '' : stringValue(form.values[name])}
        required={required}
        autocomplete={autocomplete}
        maxLength={maxLength}
        aria-invalid={problem ? 'true' : undefined}
        aria-describedby={describedBy(name, hint, problem)}
      />
    </div>
  );
}

export function TextArea(props: FieldBase & { rows?: number }) {
  const { name, label, form, t, hint, required, rows = 8 } = props;
  const problem = problemOf(form, name);
  return (
    <div class={problem ? 'field has-error' : 'field'}>
      <label for={name}>
        {label}
        {required && <span class="required"> *</span>}
      </label>
      <FieldMessages name={name} hint={hint} problem={problem} t={t} />
      <textarea
        id={name}
        name={name}
        rows={rows}
        required={required}
        aria-invalid={problem ? 'true' : undefined}
        aria-describedby={describedBy(name, hint, problem)}
      >
        {stringValue(form.values[name])}
      </textarea>
    </div>
  );
}

export function SelectField(
  props: FieldBase & { options: Record<string, Labels> | [string, string][]; allowEmpty?: boolean },
) {
  const { name, label, form, t, hint, required, options, allowEmpty } = props;
  const problem = problemOf(form, name);
  const entries = Array.isArray(options)
    ? options
    : Object.entries(options).map(([code, labels]) => [code, t.label(labels)] as [string, string]);
  const current = stringValue(form.values[name]);
  return (
    <div class={problem ? 'field has-error' : 'field'}>
      <label for={name}>
        {label}
        {required && <span class="required"> *</span>}
      </label>
      <FieldMessages name={name} hint={hint} problem={problem} t={t} />
      <select
        id={name}
        name={name}
        required={required}
        aria-invalid={problem ? 'true' : undefined}
        aria-describedby={describedBy(name, hint, problem)}
      >
        {/* HTML wants a required choice's first option empty; a default value is still preselected. */}
        {required ? <option value="">{t.t('field.choose')}</option> : allowEmpty && <option value="">—</option>}
        {entries.map(([code, text]) => (
          <option value={code} selected={code === current}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

export function CheckboxGroup(props: FieldBase & { options: Record<string, Labels> }) {
  const { name, label, form, t, hint, required, options } = props;
  const problem = problemOf(form, name);
  const raw = form.values[name];
  const chosen = new Set((Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).map(String));
  return (
    <fieldset
      id={name}
      class={problem ? 'field has-error' : 'field'}
      aria-describedby={describedBy(name, hint, problem)}
    >
      <legend>
        {label}
        {required && <span class="required"> *</span>}
      </legend>
      <FieldMessages name={name} hint={hint} problem={problem} t={t} />
      <div class="checkbox-grid">
        {Object.entries(options).map(([code, labels]) => (
          <label class="checkbox">
            <input type="checkbox" name={name} value={code} checked={chosen.has(code)} /> {t.label(labels)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export function ErrorSummary({ form, t, labels }: { form: FormState; t: Translator; labels: Record<string, string> }) {
  if (form.problems.length === 0) return null;
  return (
    <div class="error-summary" role="alert" tabindex={-1} id="error-summary" autofocus>
      <h2>{t.t('field.errors_heading')}</h2>
      <ul>
        {form.problems.map((p) => (
          <li>
            <a href={`#${p.field}`}>
              {t.colon(labels[p.field] ?? p.field)} {t.t(p.message, p.params)}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function CsrfField({ token }: { token: string }) {
  return <input type="hidden" name="_csrf" value={token} />;
}

export function Form({
  action,
  csrfToken,
  children,
  id,
}: {
  action: string;
  csrfToken: string;
  children: ComponentChildren;
  id?: string;
}) {
  return (
    <form method="post" action={action} id={id} novalidate>
      <CsrfField token={csrfToken} />
      {children}
    </form>
  );
}
