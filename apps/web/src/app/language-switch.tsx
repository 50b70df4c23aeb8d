import { useMutation } from '@apollo/client/react';
import { Button, Group } from '@mantine/core';
import { LOCALES, type Locale } from '@tandem/shared';
import { useTranslation } from 'react-i18next';
import { useMe } from '../features/identity/session';
import { graphql } from '../gql';
import { changeLocale, currentLocale } from './i18n';

const SetLocaleMutation = graphql(`
  mutation SetLocale($locale: String!) {
    setLocale(locale: $locale) {
      id
      locale
    }
  }
`);

/** FR / EN, remembered on this device and, when signed in, on the account (for e-mails). */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const { me } = useMe();
  const [setLocale] = useMutation(SetLocaleMutation);
  const active = currentLocale();

  const choose = (locale: Locale) => {
    void changeLocale(locale);
    // The account's language only shapes e-mails; a failure here must not disturb the page.
    if (me && me.locale !== locale) setLocale({ variables: { locale } }).catch(() => undefined);
  };

  return (
    <Group role="group" aria-label={t('language.label')} gap={0} wrap="nowrap">
      {LOCALES.map((locale, index) => (
        <Button
          key={locale}
          variant={locale === active ? 'filled' : 'default'}
          aria-pressed={locale === active}
          lang={locale}
          title={t(locale === 'fr' ? 'language.frName' : 'language.enName')}
          onClick={() => choose(locale)}
          px="sm"
          miw={44}
          style={{
            borderTopLeftRadius: index === 0 ? undefined : 0,
            borderBottomLeftRadius: index === 0 ? undefined : 0,
            borderTopRightRadius: index === LOCALES.length - 1 ? undefined : 0,
            borderBottomRightRadius: index === LOCALES.length - 1 ? undefined : 0,
          }}
        >
          {t(`language.${locale}`)}
        </Button>
      ))}
    </Group>
  );
}
