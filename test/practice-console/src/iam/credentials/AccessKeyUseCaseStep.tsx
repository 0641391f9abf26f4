import Alert from '@cloudscape-design/components/alert';
import Checkbox from '@cloudscape-design/components/checkbox';
import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import RadioGroup from '@cloudscape-design/components/radio-group';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { USE_CASES } from './accessKeyUseCases';
import { t } from '../../i18n';

interface Props {
  useCase: string | null;
  confirmed: boolean;
  errors: { useCase?: string; confirmed?: string };
  onUseCase: (value: string) => void;
  onConfirmed: (value: boolean) => void;
}

export function AccessKeyUseCaseStep({ useCase, confirmed, errors, onUseCase, onConfirmed }: Props) {
  const chosen = USE_CASES.find((c) => c.value === useCase);
  return (
    <SpaceBetween size="l">
      <Container header={<Header variant="h2">{t('Use case')}</Header>}>
        <FormField errorText={errors.useCase}>
          <RadioGroup value={useCase} onChange={(e) => onUseCase(e.detail.value)} items={USE_CASES.map(({ value, label, description }) => ({ value, label, description }))} />
        </FormField>
      </Container>
      {chosen?.alternative && (
        <>
          <Alert type="info" header={t('Alternatives recommended')}>
            {chosen.alternative}
          </Alert>
          <Container header={<Header variant="h2">{t('Confirmation')}</Header>}>
            <FormField errorText={errors.confirmed}>
              <Checkbox checked={confirmed} onChange={(e) => onConfirmed(e.detail.checked)}>
                {t('I understand the above recommendation and want to proceed to create an access key.')}
              </Checkbox>
            </FormField>
          </Container>
        </>
      )}
    </SpaceBetween>
  );
}
