/**
 * Turn any thrown value into a message toast: an API error's stable `code` is translated
 * through `errors.<CODE>` when the app knows it, else the server's own (bilingual) message
 * is shown in the current language.
 */
import { useCallback } from 'react';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { ApiError } from '../api/client.ts';
import { localize } from '../i18n/index.ts';

/** The text to show for an error, in the current language. */
export function errorText(
  t: TFunction,
  i18nExists: (key: string) => boolean,
  error: unknown,
): string {
  if (error instanceof ApiError) {
    const key = `errors.${error.code}`;
    if (i18nExists(key)) return t(key);
    return error.message ? localize(error.message) : t('errors.UNKNOWN');
  }
  if (error instanceof TypeError) return t('errors.NETWORK');
  return error instanceof Error && error.message ? error.message : t('errors.UNKNOWN');
}

/** A callback that shows an error as an antd message. */
export function useApiError(): (error: unknown) => void {
  const { message } = App.useApp();
  const { t, i18n } = useTranslation();
  return useCallback(
    (error: unknown) => {
      void message.error(errorText(t, (key) => i18n.exists(key), error));
    },
    [message, t, i18n],
  );
}
