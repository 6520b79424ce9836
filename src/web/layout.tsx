import type { ComponentChildren } from 'preact';
import type { PageContext } from './context.ts';
import { withLanguage } from './context.ts';
import { LOCALES } from '../i18n/define.ts';
import { isAdmin, isAmbassador } from '../accounts/viewer.ts';

const LANGUAGE_NAMES = { nl: 'Nederlands', fr: 'Français', en: 'English' } as const;

interface LayoutProps {
  context: PageContext;
  title: string;
  children: ComponentChildren;
}

export function Layout({ context, title, children }: LayoutProps) {
  const { t } = context;
  return (
    <html lang={t.intlLocale}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} · ${t.t('site.name')}`}</title>
        <link rel="stylesheet" href="/static/style.css" />
        <link rel="alternate" type="application/atom+xml" href="/feeds/challenges.atom" title={t.t('nav.challenges')} />
      </head>
      <body>
        <a class="skip-link" href="#main">{t.t('nav.skip')}</a>
        <Header context={context} />
        <main id="main" tabindex={-1}>
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
                <a href={withLanguage(context, locale)} lang={locale} hreflang={locale} aria-current={locale === t.locale ? 'true' : undefined}>
                  {LANGUAGE_NAMES[locale]}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </div>
      <div class="brand-bar">
        <a href="/" class="brand">{t.t('site.name')}</a>
        <nav aria-label={t.t('nav.main')} class="main-nav">
          <ul>
            <li><a href="/challenges">{t.t('nav.challenges')}</a></li>
            <li><a href="/solutions">{t.t('nav.solutions')}</a></li>
            {viewer && <li><a href="/my">{t.t('nav.my_items')}</a></li>}
            {isAmbassador(viewer) && <li><a href="/review">{t.t('nav.review')}</a></li>}
            {isAdmin(viewer) && <li><a href="/admin/audit">{t.t('nav.audit')}</a></li>}
            {viewer ? (
              <li>
                <form method="post" action="/logout" class="inline-form">
                  <input type="hidden" name="_csrf" value={context.csrfToken} />
                  <button type="submit" class="link-button">{t.t('nav.logout')}</button>
                </form>
              </li>
            ) : (
              <>
                <li><a href="/login">{t.t('nav.login')}</a></li>
                <li><a href="/register">{t.t('nav.register')}</a></li>
              </>
            )}
          </ul>
        </nav>
      </div>
    </header>
  );
}

function Footer({ context }: { context: PageContext }) {
  const { t } = context;
  return (
    <footer class="site-footer">
      <p>{t.t('footer.about')}</p>
      <ul class="footer-links">
        <li><a href="/api/docs">{t.t('footer.api')}</a></li>
        <li><a href="/api/openapi.json">OpenAPI</a></li>
      </ul>
    </footer>
  );
}
