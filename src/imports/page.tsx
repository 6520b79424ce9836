// The admin's import page: a form to paste a catalogue, then the summary or the error report.
import type { PageContext } from '../web/context.ts';
import { Layout } from '../web/layout.tsx';
import { CsrfField, Form } from '../web/forms.tsx';
import type { ImportResult } from './service.ts';
import type { CatalogueFormat } from './files.ts';
import { summaryText, translateNotes, translateProblems } from './report.ts';

export interface ImportPageState {
  content: string;
  format: CatalogueFormat;
  dryRun: boolean;
  /** The provider's enterprise number, for a publiccode.yml file. */
  organisation?: string | undefined;
  result?: ImportResult;
  /** The uploaded file the result is about. */
  fileName?: string;
}

/** Uploads are capped; the route and the hint share this figure. */
export const MAX_FILE_MB = 10;

function Notes({ context, notes }: { context: PageContext; notes: { field: string; reason: string }[] }) {
  const { t } = context;
  return (
    <section aria-labelledby="notes-title">
      <h2 id="notes-title">{t.t('publiccode.notes.title')}</h2>
      <section class="table-scroll" tabindex={0} aria-labelledby="notes-title">
        <table>
          <thead>
            <tr>
              <th scope="col">{t.t('import.report.field')}</th>
              <th scope="col">{t.t('import.report.reason')}</th>
            </tr>
          </thead>
          <tbody>
            {notes.map((n) => (
              <tr>
                <td>
                  <code>{n.field}</code>
                </td>
                <td>{n.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </section>
  );
}

function OrganisationField({ context, id, value }: { context: PageContext; id: string; value?: string | undefined }) {
  const { t } = context;
  return (
    <div class="field">
      <label for={id}>{t.t('import.field.organisation')}</label>
      <p class="hint" id={`${id}-hint`}>
        {t.t('import.field.organisation_hint')}
      </p>
      <input type="text" id={id} name="organisation" value={value ?? ''} aria-describedby={`${id}-hint`} />
    </div>
  );
}

function Report({ context, result }: { context: PageContext; result: ImportResult }) {
  const { t } = context;
  if (result.ok)
    return (
      <>
        <p class="notice" role="status">
          {summaryText(t, result)}
        </p>
        {result.notes && <Notes context={context} notes={translateNotes(t, result.notes)} />}
      </>
    );
  return (
    <section aria-labelledby="report-title" class="error-summary" role="alert">
      <h2 id="report-title">{t.t('import.report.title')}</h2>
      <p>{t.t('import.invalid')}</p>
      <section class="table-scroll" tabindex={0} aria-labelledby="report-title">
        <table>
          <thead>
            <tr>
              <th scope="col">{t.t('import.report.row')}</th>
              <th scope="col">{t.t('import.report.field')}</th>
              <th scope="col">{t.t('import.report.reason')}</th>
            </tr>
          </thead>
          <tbody>
            {translateProblems(t, result.problems).map((p) => (
              <tr>
                <td>{p.row}</td>
                <td>
                  <code>{p.field}</code>
                </td>
                <td>{p.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </section>
  );
}

export function ImportPage({ context, state }: { context: PageContext; state: ImportPageState }) {
  const { t } = context;
  return (
    <Layout context={context} title={t.t('import.title')}>
      <h1>{t.t('import.title')}</h1>
      <p>{t.t('import.intro')}</p>
      {state.fileName && <p>{t.t('import.file_name', { name: state.fileName })}</p>}
      {state.result && <Report context={context} result={state.result} />}
      <h2>{t.t('import.upload.heading')}</h2>
      <form method="post" action="/admin/import/file" enctype="multipart/form-data" novalidate>
        <CsrfField token={context.csrfToken} />
        <div class="field">
          <label for="file">
            {t.t('import.field.file')}
            <span class="required"> *</span>
          </label>
          <p class="hint" id="file-hint">
            {t.t('import.field.file_hint', { max: MAX_FILE_MB })}
          </p>
          <input
            type="file"
            id="file"
            name="file"
            accept=".csv,.json,.yml,.yaml,text/csv,application/json,application/yaml"
            required
            aria-describedby="file-hint"
          />
        </div>
        <OrganisationField context={context} id="file-organisation" value={state.organisation} />
        <label class="checkbox">
          <input type="checkbox" name="dryRun" value="on" checked={state.dryRun} /> {t.t('import.field.dry_run')}
        </label>
        <p>
          <button type="submit" class="button">
            {t.t('import.upload.submit')}
          </button>
        </p>
      </form>
      <h2>{t.t('import.paste.heading')}</h2>
      <Form action="/admin/import" csrfToken={context.csrfToken}>
        <div class="field">
          <label for="format">{t.t('import.field.format')}</label>
          <select id="format" name="format">
            <option value="csv" selected={state.format === 'csv'}>
              CSV
            </option>
            <option value="json" selected={state.format === 'json'}>
              JSON
            </option>
            <option value="publiccode" selected={state.format === 'publiccode'}>
              publiccode.yml
            </option>
          </select>
        </div>
        <OrganisationField context={context} id="organisation" value={state.organisation} />
        <div class="field">
          <label for="content">
            {t.t('import.field.content')}
            <span class="required"> *</span>
          </label>
          <p class="hint" id="content-hint">
            {t.t('import.field.content_hint')}
          </p>
          <textarea id="content" name="content" rows={16} required aria-describedby="content-hint">
            {state.content}
          </textarea>
        </div>
        <label class="checkbox">
          <input type="checkbox" name="dryRun" value="on" checked={state.dryRun} /> {t.t('import.field.dry_run')}
        </label>
        <p>
          <button type="submit" class="button">
            {t.t('import.submit')}
          </button>
        </p>
      </Form>
    </Layout>
  );
}
