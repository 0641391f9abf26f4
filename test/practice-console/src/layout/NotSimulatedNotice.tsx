import Box from '@cloudscape-design/components/box';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import Link from '@cloudscape-design/components/link';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { ReactNode } from 'react';
import { t } from '../i18n';

/** A page the practice console does not simulate: say so, and link to the pages it has. */
export function NotSimulatedNotice({ children, links }: { children: ReactNode; links: { href: string; text: string }[] }) {
  return (
    <SpaceBetween size="l">
      <Header variant="h1">{t('This page is not part of the practice console')}</Header>
      <Container>
        <SpaceBetween size="s">
          <Box>{children}</Box>
          {links.map((link) => (
            <Link key={link.href} href={link.href}>
              {link.text}
            </Link>
          ))}
        </SpaceBetween>
      </Container>
    </SpaceBetween>
  );
}
