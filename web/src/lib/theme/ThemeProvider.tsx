import { createContext, useCallback, useContext, useEffect, useMemo, useState, useSyncExternalStore } from "react";
import type { ReactNode } from "react";
import {
  applyTheme,
  onSystemThemeChange,
  storedThemePreference,
  storeThemePreference,
  systemTheme,
  type Theme,
  type ThemePreference,
} from "./theme";

interface ThemeState {
  preference: ThemePreference;
  /** What is shown: the preference, or the system's setting when following it. */
  theme: Theme;
  setPreference: (preference: ThemePreference) => void;
}

const ThemeContext = createContext<ThemeState | null>(null);

export function ThemeProvider({ children }: { children: ReactNode }) {
  const [preference, setPreferenceState] = useState<ThemePreference>(storedThemePreference);
  const system = useSyncExternalStore(onSystemThemeChange, systemTheme, () => "light" as const);
  const theme = preference === "system" ? system : preference;

  useEffect(() => applyTheme(theme), [theme]);

  const setPreference = useCallback((next: ThemePreference) => {
    storeThemePreference(next);
    setPreferenceState(next);
  }, []);

  const value = useMemo(() => ({ preference, theme, setPreference }), [preference, theme, setPreference]);
  return <ThemeContext.Provider value={value}>{children}</ThemeContext.Provider>;
}

export function useTheme(): ThemeState {
  const state = useContext(ThemeContext);
  if (!state) throw new Error("useTheme outside ThemeProvider");
  return state;
}
