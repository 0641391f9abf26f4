import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import { IamPage } from './IamPage';
import { t } from '../i18n';

/** IAM pages the tutorials never use: their real heading and an empty state, nothing more. */
export function EmptyListPage({ path, title, description, createLabel, counted = false }: { path: string; title: string; description: string; createLabel?: string; counted?: boolean }) {
  return (
    <IamPage path={path} breadcrumbs={[{ text: title, href: `#${path}` }]}>
      <Container
        header={
          <Header
            variant="h1"
            counter={counted ? '(0)' : undefined}
            description={description}
            actions={createLabel ? <Button disabled>{createLabel}</Button> : undefined}
          >
            {title}
          </Header>
        }
      >
        <Box textAlign="center" color="inherit" padding="l">
          {t('This page is not simulated by the practice console.')}
        </Box>
      </Container>
    </IamPage>
  );
}
