// The notifications page and the page shown after unsubscribing.
import type { PageContext } from '../web/context.ts';
import type { MessageKey } from '../i18n/messages.ts';
import { Layout } from '../web/layout.tsx';
import { CsrfField } from '../web/forms.tsx';

interface Item {
  id: string;
  text: string;
  link: string;
  createdAt: string;
  read: boolean;
}

const MODES = ['immediate', 'daily', 'weekly', 'off'] as const;

function SettingsForm({ context, mode }: { context: PageContext; mode: string }) {
  const { t } = context;
  return (
    <form method="post" action="/notifications/settings">
      <CsrfField token={context.csrfToken} />
      <fieldset>
        <legend>{t.t('notification.settings')}</legend>
        {MODES.map((m) => (
          <div class="radio">
            <input type="radio" id={`mode-${m}`} name="emailMode" value={m} checked={m === mode} />
            <label for={`mode-${m}`}>{t.t(`notification.mode.${m}` as MessageKey)}</label>
          </div>
        ))}
      </fieldset>
      <button type="submit">{t.t('notification.save')}</button>
    </form>
  );
}

export function NotificationsPage({ context, items, mode }: { context: PageContext; items: Item[]; mode: string }) {
  const { t } = context;
  return (
    <Layout context={context} title={t.t('notification.title')}>
      <h1>{t.t('notification.title')}</h1>
      {items.length === 0 ? (
        <p>{t.t('notification.none')}</p>
      ) : (
        <>
          <form method="post" action="/notifications/read">
            <CsrfField token={context.csrfToken} />
            <button type="submit" class="secondary">
              {t.t('notification.mark_all_read')}
            </button>
          </form>
          <ol class="notifications">
            {items.map((item) => (
              <li class={item.read ? 'read' : 'unread'}>
                {!item.read && <span class="badge">{t.t('notification.unread')}</span>}{' '}
                <a href={item.link}>{item.text}</a> · {t.date(item.createdAt)}
                {!item.read && (
                  <form method="post" action="/notifications/read" class="inline-form">
                    <CsrfField token={context.csrfToken} />
                    <input type="hidden" name="id" value={item.id} />
                    <button type="submit" class="link-button">
                      {t.t('notification.mark_read')}
                    </button>
                  </form>
                )}
              </li>
            ))}
          </ol>
        </>
      )}
      <SettingsForm context={context} mode={mode} />
    </Layout>
  );
}

export function UnsubscribedPage({ context }: { context: PageContext }) {
  const { t } = context;
  return (
    <Layout context={context} title={t.t('notification.title')}>
      <h1>{t.t('notification.title')}</h1>
      <p>{t.t('notification.unsubscribed')}</p>
    </Layout>
  );
}
