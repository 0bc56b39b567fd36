import { useTranslation } from "react-i18next";
import type { ListingErrorKey } from "../listingForm";

/** A field's message (a key under `listing.errors`), translated with the field's limits. */
export function FieldError({
  id,
  error,
  params = {},
}: {
  id: string;
  error?: { message?: string };
  params?: Record<string, string | number>;
}) {
  const { t } = useTranslation("sell");
  if (!error?.message) return null;
  return (
    <p id={id} className="form-field__error" role="alert">
      {t(`listing.errors.${error.message as ListingErrorKey}`, params)}
    </p>
  );
}
