import type { ComponentChildren } from 'preact';
import type { PageContext } from './context.ts';
import { withLanguage } from './context.ts';
import { LOCALES } from '../i18n/define.ts';
import { isAdmin, isAmbassador } from '../shared/viewer.ts';
import { feedbackKey } from './feedback.ts';
import type { MessageKey } from '../i18n/messages.ts';

const LANGUAGE_NAMES = { nl: 'Nederlands', fr: 'Français', en: 'English' } as const;

interface LayoutProps {
  context: PageContext;
  title: string;
  children: ComponentChildren;
  /** schema.org description of the page's subject, as JSON-LD data (never executable script). */
  structuredData?: string | null;
  /** What search engines and link previews show of a public page; the platform's tagline otherwise. */
  description?: string;
}

export function Layout({ context, title, children, structuredData, description }: LayoutProps) {
  const { t } = context;
  const feedback = feedbackKey(context.query);
  return (
    <html lang={t.intlLocale}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} · ${t.t('site.name')}`}</title>
        <meta name="description" content={description ?? t.t('site.tagline')} />
        <link rel="icon" href="/static/favicon.svg" type="image/svg+xml" />
        <link rel="stylesheet" href="/static/style.css" />
        <link rel="alternate" type="application/atom+xml" href="/feeds/challenges.atom" title={t.t('nav.challenges')} />
        {structuredData && <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: structuredData }} />}
      </head>
      <body>
        <a class="skip-link" href="#main">
          {t.t('nav.skip')}
        </a>
        <Header context={context} />
        <main id="main" tabindex={-1}>
          {feedback && (
            <p class="notice feedback" role="status">
              {t.t(feedback)}
            </p>
          )}
          {children}
        </main>
        <Footer context={context} />
      </body>
    </html>
  );
}

function Header({ context }: { context: PageContext }) {
  const { t, viewer } = context;
  return (
    <header class="site-header">
      <div class="government-bar">
        <span>{t.t('site.government')}</span>
        <nav aria-label={t.t('nav.language')} class="language-switch">
          <ul>
            {LOCALES.map((locale) => (
              <li>
                <a
                  href={withLanguage(context, locale)}
                  lang={locale}
                  hreflang={locale}
                  aria-current={locale === t.locale ? 'true' : undefined}
                >
                  {LANGUAGE_NAMES[locale]}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </div>
      <div class="brand-bar">
        <a href="/" class="brand">
          {t.t('site.name')}
        </a>
        <nav aria-label={t.t('nav.main')} class="main-nav">
          <ul>
            <NavLink context={context} href="/challenges" label={t.t('nav.challenges')} />
            <NavLink context={context} href="/solutions" label={t.t('nav.solutions')} />
            <NavLink context={context} href="/events" label={t.t('nav.events')} />
            <NavLink context={context} href="/calls" label={t.t('nav.calls')} />
            {viewer && <NavLink context={context} href="/my" label={t.t('nav.my_items')} />}
            {viewer && (
              <NavLink
                context={context}
                href="/my/matches"
                label={t.t('nav.my_matches')}
                count={context.attention?.matches}
              />
            )}
            {viewer && (
              <NavLink
                context={context}
                href="/notifications"
                label={t.t('notification.title')}
                count={context.attention?.notifications}
                countLabel="attention.unread"
              />
            )}
            {isAmbassador(viewer) && <NavLink context={context} href="/review" label={t.t('nav.review')} />}
            {isAmbassador(viewer) && <NavLink context={context} href="/work-queue" label={t.t('workqueue.link')} />}
            {isAmbassador(viewer) && (
              <NavLink context={context} href="/admin/indicators" label={t.t('indicators.title')} />
            )}
            {isAdmin(viewer) && <NavLink context={context} href="/admin/import" label={t.t('nav.import')} />}
            {isAdmin(viewer) && <NavLink context={context} href="/admin/api-keys" label={t.t('nav.api_keys')} />}
            {isAdmin(viewer) && <NavLink context={context} href="/admin/audit" label={t.t('nav.audit')} />}
            {isAdmin(viewer) && <NavLink context={context} href="/admin/partners" label={t.t('federation.title')} />}
            {isAdmin(viewer) && <NavLink context={context} href="/admin/deliveries" label={t.t('deliveries.title')} />}
            {viewer && <NavLink context={context} href="/account" label={viewer.displayName} />}
            {viewer ? (
              <li>
                <form method="post" action="/logout" class="inline-form">
                  <input type="hidden" name="_csrf" value={context.csrfToken} />
                  <button type="submit" class="link-button">
                    {t.t('nav.logout')}
                  </button>
                </form>
              </li>
            ) : (
              <>
                <li>
                  <a href="/login">{t.t('nav.login')}</a>
                </li>
                <li>
                  <a href="/register">{t.t('nav.register')}</a>
                </li>
              </>
            )}
          </ul>
        </nav>
      </div>
    </header>
  );
}

/** A menu entry, with the number of things waiting there for the reader when there are any. */
function NavLink({
  context,
  href,
  label,
  count,
  countLabel = 'attention.label',
}: {
  context: PageContext;
  href: string;
  label: string;
  count?: number;
  countLabel?: MessageKey;
}) {
  const current = context.path === href ? 'page' : context.path.startsWith(`${href}/`) ? 'true' : undefined;
  return (
    <li>
      <a href={href} aria-current={current}>
        {label}
        {/* Read out once, in words ("3 waiting for you"), instead of a bare number and then the words. */}
        {count ? (
          <>
            {' '}
            <span class="count-badge">
              <span aria-hidden="true">{context.t.number(count)}</span>
              <span class="visually-hidden">({context.t.t(countLabel, { count: context.t.number(count) })})</span>
            </span>
          </>
        ) : null}
      </a>
    </li>
  );
}

function Footer({ context }: { context: PageContext }) {
  const { t } = context;
  return (
    <footer class="site-footer">
      <p>{t.t('footer.about')}</p>
      <ul class="footer-links">
        <li>
          <a href="/toegankelijkheid">{t.t('a11y.nav')}</a>
        </li>
        <li>
          <a href="/indicators">{t.t('indicators.nav')}</a>
        </li>
        <li>
          <a href="/api/docs">{t.t('footer.api')}</a>
        </li>
        <li>
          <a href="/api/openapi.json">OpenAPI</a>
        </li>
        <li>
          <a href="/opendata/catalog.jsonld">{t.t('footer.open_data')} (JSON-LD)</a>
        </li>
        <li>
          <a href="/opendata/catalog.ttl">{t.t('footer.open_data')} (Turtle)</a>
        </li>
        <li>
          <a href="/opendata/challenges.csv">{t.t('footer.challenges_csv')}</a>
        </li>
        <li>
          <a href="/opendata/solutions.csv">{t.t('footer.solutions_csv')}</a>
        </li>
        <li>
          <a href="/feeds/challenges.atom">{t.t('footer.challenges_feed')}</a>
        </li>
        <li>
          <a href="/feeds/solutions.atom">{t.t('footer.solutions_feed')}</a>
        </li>
      </ul>
    </footer>
  );
}
