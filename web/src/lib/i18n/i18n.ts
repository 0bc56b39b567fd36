import i18next, { type i18n as I18n } from "i18next";
import LanguageDetector from "i18next-browser-languagedetector";
import resourcesToBackend from "i18next-resources-to-backend";
import { initReactI18next } from "react-i18next";
import { en } from "./locales/en";

/** The languages the site speaks; the first is the fallback. */
export const languages = ["en", "zh"] as const;
export type Language = (typeof languages)[number];

/** Each language's name in itself, as a language menu shows it (not translated by design). */
export const languageNames: Record<Language, string> = { en: "English", zh: "简体中文" };

/** BCP 47 tags for Intl, `<html lang>` and RainbowKit's `locale`. */
export const localeTags = { en: "en-US", zh: "zh-CN" } as const satisfies Record<Language, string>;

/** Where an explicit choice is kept; without one the browser's languages decide. */
export const LANGUAGE_STORAGE_KEY = "agora.language";

/**
 * English (the fallback) is in the first load; every other language is its own chunk, loaded
 * before the first render when the visitor's language is it, or when they switch to it.
 */
export const resources = { en: { translation: en } } as const;
/**
 * Features used after the first page (checkout, orders, …) keep their strings in their own
 * namespace, `features/<namespace>/i18n/<language>.ts`, loaded with the feature's route.
 */
const featureLocales = import.meta.glob<{ default: Record<string, unknown> }>("../../features/*/i18n/*.ts");
const otherLanguages = resourcesToBackend((language: string, namespace: string) => {
  if (namespace === "translation") {
    return language === "zh" ? import("./locales/zh").then((module) => module.zh) : Promise.resolve({});
  }
  const load = featureLocales[`../../features/${namespace}/i18n/${language}.ts`];
  return load ? load().then((module) => module.default) : Promise.resolve({});
});

/** The supported language i18next resolved to (e.g. "zh" for a zh-TW or zh-CN browser). */
export function currentLanguage(instance: I18n = i18next): Language {
  const resolved = instance.resolvedLanguage ?? instance.language;
  return (languages as readonly string[]).includes(resolved) ? (resolved as Language) : "en";
}

function followDocument(instance: I18n) {
  const sync = () => {
    document.documentElement.lang = localeTags[currentLanguage(instance)];
  };
  sync();
  instance.on("languageChanged", sync);
}

/**
 * Starts the one i18n instance: an explicit choice (localStorage) first, then the browser's
 * languages. Detection is not cached, so a visitor who never chose keeps following the browser.
 */
export async function initI18n(instance: I18n = i18next, options: { lng?: Language } = {}): Promise<I18n> {
  if (instance.isInitialized) return instance;
  await instance
    .use(LanguageDetector)
    .use(otherLanguages)
    .use(initReactI18next)
    .init({
      resources,
      partialBundledLanguages: true,
      ...(options.lng ? { lng: options.lng } : {}),
      supportedLngs: [...languages],
      nonExplicitSupportedLngs: true,
      fallbackLng: "en",
      interpolation: { escapeValue: false },
      detection: {
        order: ["localStorage", "navigator"],
        lookupLocalStorage: LANGUAGE_STORAGE_KEY,
        caches: [],
      },
    });
  followDocument(instance);
  return instance;
}

/** Switches the language and remembers the choice. */
export async function chooseLanguage(language: Language, instance: I18n = i18next) {
  try {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Storage may be disabled (private mode); the choice then lasts for this visit.
  }
  await instance.changeLanguage(language);
}
