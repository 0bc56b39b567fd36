import { useId } from "react";
import { useTranslation } from "react-i18next";
import {
  chooseLanguage,
  currentLanguage,
  languageNames,
  languages,
  localeTags,
  type Language,
} from "../../lib/i18n/i18n";
import { GlobeIcon } from "./icons";

/** The language menu (a native select: keyboard and screen-reader friendly on every platform). */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const id = useId();
  const language = currentLanguage(i18n);
  return (
    <div className="language-switch">
      <label htmlFor={id} className="visually-hidden">
        {t("shell.language")}
      </label>
      <GlobeIcon />
      <select
        id={id}
        className="language-switch__select"
        value={language}
        onChange={(event) => void chooseLanguage(event.target.value as Language, i18n)}
      >
        {languages.map((code) => (
          <option key={code} value={code} lang={localeTags[code]}>
            {languageNames[code]}
          </option>
        ))}
      </select>
    </div>
  );
}
