// The shipping address form's model: the content layer's shippingAddressSchema (what the seller's
// side validates after opening the envelope) with empty optional fields allowed, plus the
// "remember" choice. Kept as a draft in sessionStorage so a failed or rejected purchase, or a
// reload, never loses what the buyer typed (the tab's storage only: it goes when the tab closes).
import { SHIPPING_ADDRESS_SCHEMA, shippingAddressSchema, type ShippingAddress } from "@agora/content/schemas";
import { z } from "zod";
import type { DraftValues } from "../../lib/forms/formDraft";

const fields = shippingAddressSchema.shape;
const optional = <T extends z.ZodType>(schema: T) => z.union([z.literal(""), schema]);

export const addressFormSchema = z.object({
  name: fields.name,
  line1: fields.line1,
  line2: optional(fields.line2.unwrap()),
  city: fields.city,
  region: optional(fields.region.unwrap()),
  postalCode: fields.postalCode,
  country: fields.country,
  phone: optional(fields.phone.unwrap()),
  note: optional(fields.note.unwrap()),
  remember: z.boolean(),
});

export type AddressFormValues = z.infer<typeof addressFormSchema>;

/** Maximum length per field, for the "At most N characters" message and `maxLength`. */
export const addressMaxLength = {
  name: 100,
  line1: 200,
  line2: 200,
  city: 100,
  region: 100,
  postalCode: 20,
  phone: 25,
  note: 500,
} as const satisfies Partial<Record<keyof AddressFormValues, number>>;

export const emptyAddress: AddressFormValues = {
  name: "",
  line1: "",
  line2: "",
  city: "",
  region: "",
  postalCode: "",
  country: "",
  phone: "",
  note: "",
  remember: false,
};

/** The sealed payload: optional fields left empty are left out. */
export function toShippingAddress(values: AddressFormValues): ShippingAddress {
  const trimmed = (text: string) => text.trim();
  const optionalField = (text: string) => (trimmed(text) === "" ? undefined : trimmed(text));
  return shippingAddressSchema.parse({
    schema: SHIPPING_ADDRESS_SCHEMA,
    name: trimmed(values.name),
    line1: trimmed(values.line1),
    line2: optionalField(values.line2),
    city: trimmed(values.city),
    region: optionalField(values.region),
    postalCode: trimmed(values.postalCode),
    country: values.country,
    phone: optionalField(values.phone),
    note: optionalField(values.note),
  });
}

/** Back into the form (a saved address). */
export function fromShippingAddress(address: ShippingAddress, remember = true): AddressFormValues {
  return {
    name: address.name,
    line1: address.line1,
    line2: address.line2 ?? "",
    city: address.city,
    region: address.region ?? "",
    postalCode: address.postalCode,
    country: address.country,
    phone: address.phone ?? "",
    note: address.note ?? "",
    remember,
  };
}

/** Which sentence a field error shows (react-hook-form keeps the zod issue code as its type). */
export function addressErrorKey(field: keyof AddressFormValues, type: string | undefined) {
  if (field === "country") return { key: "shipping.errors.country" } as const;
  if (field === "phone" && type === "invalid_format") return { key: "shipping.errors.phone" } as const;
  if (type === "too_big") {
    return { key: "shipping.errors.tooLong", max: addressMaxLength[field as keyof typeof addressMaxLength] } as const;
  }
  if (type === "too_small" || type === "invalid_type") return { key: "shipping.errors.required" } as const;
  return { key: "shipping.errors.text" } as const;
}

/** Where the address form's draft is kept (lib/forms/formDraft), per chain. */
export const addressDraftKey = (chainId: number) => `agora.checkout.address.${chainId}`;

/** The form's values from a draft (fields of the wrong type are ignored). */
export function addressFromDraft(draft: DraftValues): AddressFormValues {
  const values = { ...emptyAddress };
  for (const key of Object.keys(emptyAddress) as (keyof AddressFormValues)[]) {
    const value = draft[key];
    if (key === "remember") values.remember = value === true;
    else if (typeof value === "string") values[key] = value;
  }
  return values;
}

/** Where a remembered address rests, sealed to the account's own key (never in the clear). */
export const savedAddressKey = (chainId: number, account: string) =>
  `agora.address.${chainId}.${account.toLowerCase()}`;

export function hasSavedAddress(chainId: number, account: string | undefined): boolean {
  if (!account) return false;
  try {
    return localStorage.getItem(savedAddressKey(chainId, account)) !== null;
  } catch {
    return false;
  }
}
