import { createContext, useContext, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { setApiLang } from './api';
import { LANG_STORAGE_KEY, LangContext, parseLang } from './i18n';
import type { Lang, LangContextValue } from './i18n';
import { readPref, writePref } from './storage';

export const ELDER_STORAGE_KEY = 'tongban.elder';

/** Reads stored preferences and applies the language before the first render and request. */
export function loadPreferences(): { lang: Lang; elder: boolean } {
  const lang = parseLang(readPref(LANG_STORAGE_KEY));
  applyLang(lang);
  return { lang, elder: readPref(ELDER_STORAGE_KEY) === 'true' };
}

function applyLang(lang: Lang): void {
  document.documentElement.lang = lang;
  setApiLang(lang);
}

interface ElderContextValue {
  elder: boolean;
  setElder: (elder: boolean) => void;
}

const ElderContext = createContext<ElderContextValue | null>(null);

export function useElder(): ElderContextValue {
  const value = useContext(ElderContext);
  if (!value) throw new Error('useElder() outside <PreferencesProvider>');
  return value;
}

export function PreferencesProvider(props: { lang: Lang; elder: boolean; children: ReactNode }) {
  const [lang, setLangState] = useState(props.lang);
  const [elder, setElderState] = useState(props.elder);

  const langValue = useMemo<LangContextValue>(
    () => ({
      lang,
      setLang: (next) => {
        applyLang(next);
        writePref(LANG_STORAGE_KEY, next);
        setLangState(next);
      },
    }),
    [lang],
  );
  const elderValue = useMemo<ElderContextValue>(
    () => ({
      elder,
      setElder: (next) => {
        writePref(ELDER_STORAGE_KEY, String(next));
        setElderState(next);
      },
    }),
    [elder],
  );

  return (
    <LangContext value={langValue}>
      <ElderContext value={elderValue}>{props.children}</ElderContext>
    </LangContext>
  );
}
