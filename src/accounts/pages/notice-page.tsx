// A short page that tells the outcome of a step (a link followed, an e-mail sent) and where to go next.
import { Layout } from '../../web/layout.tsx';
import type { PageContext } from '../../web/context.ts';

export interface NoticeProps {
  context: PageContext;
  title: string;
  message: string;
  link?: { href: string; text: string };
}

export function NoticePage({ context, title, message, link }: NoticeProps) {
  return (
    <Layout context={context} title={title}>
      <h1>{title}</h1>
      <p role="status">{message}</p>
      {link && (
        <p>
          <a href={link.href}>{link.text}</a>
        </p>
      )}
    </Layout>
  );
}
