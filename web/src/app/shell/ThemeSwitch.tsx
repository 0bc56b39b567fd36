import { useTranslation } from "react-i18next";
import { useTheme } from "../../lib/theme/ThemeProvider";
import { MoonIcon, SunIcon } from "./icons";

/** Light/dark switch. Until used, the theme follows the system; the choice is remembered. */
export function ThemeSwitch() {
  const { t } = useTranslation();
  const { theme, setPreference } = useTheme();
  const next = theme === "dark" ? "light" : "dark";
  const label = next === "dark" ? t("shell.theme.toDark") : t("shell.theme.toLight");
  return (
    <button
      type="button"
      className="icon-button"
      aria-label={label}
      title={label}
      data-testid="theme-switch"
      onClick={() => setPreference(next)}
    >
      {theme === "dark" ? <SunIcon /> : <MoonIcon />}
    </button>
  );
}
