import { zodResolver } from "@hookform/resolvers/zod";
import { lazy, useCallback, useId } from "react";
import { useForm, useWatch, type FieldError } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { useAppConfig } from "../../../config/ConfigContext";
import { clearDraft, readDraft, useFormDraft, type DraftValues } from "../../../lib/forms/formDraft";
import { WalletIsland } from "../../../lib/wallet/WalletIsland";
import { ConnectPlaceholder } from "../../../lib/wallet/ConnectPlaceholder";
import {
  PROFILE_BIO_MAX,
  PROFILE_NAME_MAX,
  profileDraftKey,
  profileFormSchema,
  type ProfileErrorKey,
  type ProfileFormInput,
  type ProfileFormValues,
  type PublishedProfile,
} from "../profileForm";
import { AvatarPicker, useAvatarChoice } from "./AvatarPicker";
import { CurrentProfile } from "./CurrentProfile";

const PublishProfile = lazy(() => import("./PublishProfile"));

/** The form's first values: the tab's draft where one was typed, else the published profile. */
function initialValues(draft: DraftValues, published: PublishedProfile | undefined): ProfileFormInput {
  const text = (name: keyof ProfileFormInput) => {
    const typed = draft[name];
    return typeof typed === "string" ? typed : (published?.[name] ?? "");
  };
  return { name: text("name"), bio: text("bio") };
}

function FieldMessage({ id, error, max }: { id: string; error?: FieldError; max: number }) {
  const { t } = useTranslation("sell");
  if (!error?.message) return null;
  return (
    <p id={id} className="form-field__error" role="alert">
      {t(`profile.errors.${error.message as ProfileErrorKey}`, { max })}
    </p>
  );
}

/**
 * The connected account's published profile and the form that replaces it: name, about text and
 * picture, prefilled from the profile (or the tab's draft), published by a wallet island.
 */
export function ProfileEditor({ account, published }: { account: string; published: PublishedProfile | undefined }) {
  const { t } = useTranslation("sell");
  const { chainId } = useAppConfig();
  const id = useId();
  const draftKey = profileDraftKey(chainId, account);
  const form = useForm<ProfileFormInput, unknown, ProfileFormValues>({
    resolver: zodResolver(profileFormSchema),
    defaultValues: initialValues(readDraft(draftKey), published),
    mode: "onTouched",
  });
  // Every keystroke goes to the tab's draft: a rejected signature, a failed upload or a reload keep it.
  useFormDraft(form, draftKey);
  const [avatar, setAvatar] = useAvatarChoice();
  const name = useWatch({ control: form.control, name: "name" });
  const { errors } = form.formState;

  const prepare = useCallback(async () => {
    let values: ProfileFormValues | "invalid" = "invalid";
    await form.handleSubmit((valid) => {
      values = valid;
    })();
    return values;
  }, [form]);

  const onPublished = useCallback(
    (values: ProfileFormValues) => {
      // The form now shows what was published; the draft goes after the reset (which writes it).
      form.reset({ name: values.name, bio: values.bio });
      clearDraft(draftKey);
      setAvatar({ kind: "keep" });
    },
    [draftKey, form, setAvatar],
  );

  return (
    <>
      <CurrentProfile account={account} published={published} />
      <section className="card sell-profile__form" aria-labelledby={`${id}-heading`} data-testid="profile-form">
        <h2 id={`${id}-heading`}>{t("profile.edit")}</h2>
        <div className="form-grid">
          <div className="form-field form-field--wide">
            <label htmlFor={`${id}-name`}>{t("profile.name")}</label>
            <input
              id={`${id}-name`}
              type="text"
              autoComplete="nickname"
              aria-invalid={errors.name ? true : undefined}
              aria-describedby={errors.name ? `${id}-name-error` : `${id}-name-hint`}
              {...form.register("name")}
            />
            <p id={`${id}-name-hint`} className="form-field__hint">
              {t("profile.nameHint", { max: PROFILE_NAME_MAX })}
            </p>
            <FieldMessage id={`${id}-name-error`} error={errors.name} max={PROFILE_NAME_MAX} />
          </div>
          <div className="form-field form-field--wide">
            <label htmlFor={`${id}-bio`}>{t("profile.bio")}</label>
            <textarea
              id={`${id}-bio`}
              rows={5}
              aria-invalid={errors.bio ? true : undefined}
              aria-describedby={errors.bio ? `${id}-bio-error` : `${id}-bio-hint`}
              {...form.register("bio")}
            />
            <p id={`${id}-bio-hint`} className="form-field__hint">
              {t("profile.bioHint", { max: PROFILE_BIO_MAX })}
            </p>
            <FieldMessage id={`${id}-bio-error`} error={errors.bio} max={PROFILE_BIO_MAX} />
          </div>
          <AvatarPicker published={published} name={name} choice={avatar} onChange={setAvatar} />
        </div>
        <p className="form-field__hint" data-testid="profile-key-explain">
          {t("profile.keyExplain")}
        </p>
        <WalletIsland fallback={<ConnectPlaceholder />}>
          <PublishProfile published={published} avatar={avatar} prepare={prepare} onPublished={onPublished} />
        </WalletIsland>
      </section>
    </>
  );
}
