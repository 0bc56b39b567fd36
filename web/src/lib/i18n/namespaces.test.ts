import i18next from "i18next";
import { afterEach, describe, expect, it } from "vitest";
import { initI18n } from "./i18n";

describe("feature namespaces", () => {
  afterEach(() => i18next.changeLanguage("en"));

  it("loads a feature's strings with the feature, in the current language", async () => {
    await initI18n();
    await i18next.changeLanguage("en");
    expect(i18next.hasResourceBundle("en", "checkout")).toBe(false);
    await i18next.loadNamespaces("checkout");
    expect(i18next.t("checkout:title")).toBe("Checkout");
    await i18next.changeLanguage("zh");
    await i18next.loadNamespaces("checkout");
    expect(i18next.t("checkout:title")).toBe("结账");
  });
});
