import { useId } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useSearchParams } from "react-router";
import { SearchIcon } from "./icons";

/** The header's search: submits to the browse page as `?q=` (kept with the category), a shareable URL. */
export function SearchForm() {
  const { t } = useTranslation();
  const id = useId();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const query = params.get("q") ?? "";
  return (
    <form
      role="search"
      className="search"
      onSubmit={(event) => {
        event.preventDefault();
        const text = String(new FormData(event.currentTarget).get("q") ?? "").trim();
        const next = new URLSearchParams(params);
        if (text) next.set("q", text);
        else next.delete("q");
        next.delete("page"); // a new search starts on its first page
        navigate({ pathname: "/", search: next.size ? `?${next}` : "" });
      }}
    >
      <label htmlFor={id} className="visually-hidden">
        {t("shell.search.label")}
      </label>
      <input
        key={query}
        id={id}
        name="q"
        type="search"
        className="search__input"
        defaultValue={query}
        placeholder={t("shell.search.placeholder")}
        autoComplete="off"
        enterKeyHint="search"
      />
      <button type="submit" className="search__button" aria-label={t("shell.search.submit")}>
        <SearchIcon />
      </button>
    </form>
  );
}
