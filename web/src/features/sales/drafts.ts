// Where the sales forms keep their drafts (sessionStorage, see lib/forms/formDraft): one per form,
// chain and order, so a failed or rejected transaction or a reload loses nothing typed; cleared
// once the write went through.
export type SalesForm = "ship" | "deliver" | "refund" | "reply";

export const salesDraftKey = (form: SalesForm, chainId: number, orderId: string) =>
  `agora.sales.${form}Draft.${chainId}.${BigInt(orderId).toString()}`;
