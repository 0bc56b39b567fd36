import { useTranslation } from "react-i18next";
import { Link, useParams, useSearchParams } from "react-router";
import { listingLabel } from "../../lib/chain/listingId";
import { useDocumentTitle } from "../../lib/documentTitle";
import { IndexedQuery } from "../../lib/indexer/IndexerStates";
import { AccountRequired } from "../../lib/wallet/AccountRequired";
import { ListingEditor } from "./listing/components/ListingEditor";
import { usePublishedListing } from "./listing/hooks/usePublishedListing";
import { listingIdOf, useSellForm, type EditedListing, type SellFormPage } from "./listing/hooks/useSellForm";
import "./listing/listing-editor.css";

function State({ testId, children, alert }: { testId: string; children: React.ReactNode; alert?: boolean }) {
  return (
    <div className="catalog__state" role={alert ? "alert" : "status"} data-testid={testId}>
      {children}
    </div>
  );
}

/** Editing: the listing must exist, be open and be the connected seller's; then its directory is read from IPFS. */
function EditListing({ account, data, listing }: { account: string; data: SellFormPage; listing: EditedListing }) {
  const { t } = useTranslation("sell");
  const cid = listing.current[0]?.cid;
  const published = usePublishedListing(cid);
  const back = <Link to={`/listing/${listing.id}`}>{t("listing.viewListing")}</Link>;
  if (listing.seller.id !== account) {
    return (
      <State testId="listing-editor-not-seller" alert>
        <p>{t("listing.notSeller")}</p>
        {back}
      </State>
    );
  }
  if (listing.status === "Closed") {
    return (
      <State testId="listing-editor-closed">
        <p>{t("listing.closed")}</p>
        {back}
      </State>
    );
  }
  if (!cid || published.isError) {
    return (
      <State testId="listing-editor-document-error" alert>
        <p>{t("listing.documentFailed")}</p>
        <button
          type="button"
          className="button"
          onClick={() => void published.refetch()}
          disabled={published.isFetching}
        >
          {t("listing.retry")}
        </button>
      </State>
    );
  }
  if (published.isPending) {
    return (
      <State testId="listing-editor-loading-listing">
        <p>{t("listing.loadingListing")}</p>
      </State>
    );
  }
  return (
    <ListingEditor
      key={cid}
      mode="edit"
      account={account}
      data={data}
      edited={{ listing, document: published.data.document, photos: published.data.photos }}
    />
  );
}

/** The form for the connected seller: what it needs from the index, then create or edit. */
function SellerEditor({ account, listingId }: { account: string; listingId: string | undefined }) {
  const { t } = useTranslation("sell");
  const [params] = useSearchParams();
  const query = useSellForm(account, listingId);
  return (
    <IndexedQuery query={query} loading={t("listing.loading")} testId="listing-editor">
      {(data) => {
        if (listingId) {
          if (!data.listing) {
            return (
              <State testId="listing-editor-not-found" alert>
                <p>{t("listing.notFound", { id: listingLabel(listingId) })}</p>
              </State>
            );
          }
          return <EditListing account={account} data={data} listing={data.listing} />;
        }
        if (data.tokens.every((token) => token.decimals === null)) {
          return (
            <State testId="listing-editor-no-tokens" alert>
              <p>{t("listing.noTokens")}</p>
            </State>
          );
        }
        if (data.arbiters.every((arbiter) => arbiter.id === account)) {
          return (
            <State testId="listing-editor-no-arbiters" alert>
              <p>{t("listing.noArbiters")}</p>
            </State>
          );
        }
        return (
          <ListingEditor
            mode="create"
            account={account}
            data={data}
            initialKind={params.get("kind") === "digital" ? "digital" : undefined}
          />
        );
      }}
    </IndexedQuery>
  );
}

/** `/sell/new` and `/sell/listings/:id`: the listing editor, for the connected seller. */
export default function ListingEditorRoute() {
  const { t } = useTranslation("sell");
  const { id } = useParams();
  const editing = id !== undefined;
  const listingId = listingIdOf(id);
  const label = listingId ? listingLabel(listingId) : (id ?? "");
  useDocumentTitle(editing ? t("listing.titleEdit", { id: label }) : t("listing.titleNew"));
  const loading = (
    <p className="catalog__state" role="status" data-testid="listing-editor-account-loading">
      {t("listing.loading")}
    </p>
  );
  return (
    <div className="page listing-editor" data-testid="listing-editor">
      <h1>{editing ? t("listing.headingEdit", { id: label }) : t("listing.headingNew")}</h1>
      <p className="listing-page__meta">{t("listing.intro")}</p>
      {editing && !listingId ? (
        <State testId="listing-editor-bad-id" alert>
          <p>{t("listing.badId", { id })}</p>
        </State>
      ) : (
        <AccountRequired connect={t("listing.connect")} loading={loading} testId="listing-editor-connect">
          {(account) => (
            <SellerEditor key={`${account}-${listingId ?? "new"}`} account={account} listingId={listingId} />
          )}
        </AccountRequired>
      )}
    </div>
  );
}
