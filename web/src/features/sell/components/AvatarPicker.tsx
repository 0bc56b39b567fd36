import { useCallback, useEffect, useId, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useFormat } from "../../../lib/i18n/format";
import { SellerAvatar } from "../../seller/components/SellerAvatar";
import { AVATAR_MAX_BYTES, AVATAR_TYPES, checkAvatar, type AvatarChoice, type PublishedProfile } from "../profileForm";

type Problem = { kind: "avatarType" | "avatarSize"; name: string; size: number };

const previewOf = (file: File) => (typeof URL.createObjectURL === "function" ? URL.createObjectURL(file) : undefined);

/**
 * The form's avatar choice. A new file's preview URL is made when it is chosen and revoked when
 * another choice replaces it or the form goes.
 */
export function useAvatarChoice() {
  const [choice, setChoice] = useState<AvatarChoice>({ kind: "keep" });
  const latest = useRef(choice);
  useEffect(() => {
    latest.current = choice;
  }, [choice]);
  useEffect(
    () => () => {
      if (latest.current.kind === "new" && latest.current.preview) URL.revokeObjectURL(latest.current.preview);
    },
    [],
  );
  const change = useCallback((next: AvatarChoice) => {
    setChoice((current) => {
      if (current !== next && current.kind === "new" && current.preview) URL.revokeObjectURL(current.preview);
      return next;
    });
  }, []);
  return [choice, change] as const;
}

/**
 * The profile's picture: the published one (verified from IPFS), or a newly chosen PNG, JPEG or
 * WebP file up to 2 MB with its preview. A file of another type or size is refused here, with a
 * message, before anything is uploaded.
 */
export function AvatarPicker({
  published,
  name,
  choice,
  onChange,
}: {
  published: PublishedProfile | undefined;
  /** The name being typed, for the initial shown when there is no picture. */
  name: string;
  choice: AvatarChoice;
  onChange: (choice: AvatarChoice) => void;
}) {
  const { t } = useTranslation("sell");
  const { locale } = useFormat();
  const id = useId();
  const [problem, setProblem] = useState<Problem>();
  const megabytes = useMemo(
    () => new Intl.NumberFormat(locale, { style: "unit", unit: "megabyte", maximumFractionDigits: 1 }),
    [locale],
  );
  const sizeText = (bytes: number) => megabytes.format(bytes / (1024 * 1024));
  const hasPublished = Boolean(published?.avatar);

  const choose = (file: File | undefined) => {
    if (!file) return;
    const checked = checkAvatar(file);
    if (!checked.ok) {
      setProblem({ kind: checked.problem === "type" ? "avatarType" : "avatarSize", name: file.name, size: file.size });
      return;
    }
    setProblem(undefined);
    onChange({ kind: "new", file, extension: checked.extension, preview: previewOf(file) });
  };

  let image;
  if (choice.kind === "new" && choice.preview) {
    image = (
      <img
        className="avatar avatar--large"
        src={choice.preview}
        alt={t("profile.avatarAlt")}
        data-testid="avatar-preview"
      />
    );
  } else {
    const shown = choice.kind === "keep" ? published : undefined;
    image = <SellerAvatar profile={shown ?? undefined} name={name || "?"} large />;
  }

  return (
    <div className="form-field form-field--wide" data-testid="avatar-picker">
      <span className="form-field__label" id={`${id}-label`}>
        {t("profile.avatar")}
      </span>
      <div className="sell-avatar">
        {image}
        <div className="sell-avatar__actions">
          <label className="button" htmlFor={`${id}-file`}>
            {t("profile.avatarChoose")}
          </label>
          <input
            id={`${id}-file`}
            className="visually-hidden"
            type="file"
            accept={Object.keys(AVATAR_TYPES).join(",")}
            aria-labelledby={`${id}-label`}
            aria-describedby={problem ? `${id}-error` : `${id}-hint`}
            aria-invalid={problem ? true : undefined}
            data-testid="avatar-input"
            onChange={(event) => {
              choose(event.currentTarget.files?.[0]);
              event.currentTarget.value = "";
            }}
          />
          {(choice.kind === "new" || (choice.kind === "keep" && hasPublished)) && (
            <button type="button" className="button" onClick={() => onChange({ kind: "remove" })}>
              {t("profile.avatarRemove")}
            </button>
          )}
          {choice.kind !== "keep" && hasPublished && (
            <button type="button" className="button" onClick={() => onChange({ kind: "keep" })}>
              {t("profile.avatarUndo")}
            </button>
          )}
        </div>
      </div>
      <p id={`${id}-hint`} className="form-field__hint">
        {t("profile.avatarHint", { max: sizeText(AVATAR_MAX_BYTES) })}
      </p>
      {problem && (
        <p id={`${id}-error`} className="form-field__error" role="alert" data-testid="avatar-error">
          {t(`profile.errors.${problem.kind}`, {
            name: problem.name,
            size: sizeText(problem.size),
            max: sizeText(AVATAR_MAX_BYTES),
          })}
        </p>
      )}
    </div>
  );
}
