import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { LocaleSetting, Settings } from '../../../shared/ipc/contract';
import { setLanguage } from '../i18n';
import { resolveLocale } from '../i18n/locale';
import { host } from './host';
import { keys } from './keys';

/** The device's settings (its language choice); main.tsx puts them in the cache before the first render. */
export function useSettings(): Settings | undefined {
  return useQuery({
    queryKey: keys.settings(),
    queryFn: () => host().settings.get(),
    staleTime: Infinity,
  }).data;
}

/** Stores the language choice on the device and switches the window to it. */
export function useChooseLocale() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (locale: LocaleSetting) => {
      const settings = await host().settings.update({ locale });
      await setLanguage(resolveLocale(settings.locale, navigator.languages));
      return settings;
    },
    onSuccess: (settings) => client.setQueryData(keys.settings(), settings),
  });
}
