import type { ReactNode } from "react";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { profileState, walkthroughSteps, type HubProfile, type StepState } from "./sellerHub";
import { SellerTools } from "./SellerTools";

function Step({
  id,
  number,
  state,
  title,
  children,
}: {
  id: string;
  number: number;
  state: StepState;
  title: string;
  children: ReactNode;
}) {
  const { t } = useTranslation("sell");
  const titleId = useId();
  return (
    <li
      className="sell-step"
      data-state={state}
      aria-current={state === "current" ? "step" : undefined}
      aria-labelledby={titleId}
      data-testid={`sell-step-${id}`}
    >
      <span className="sell-step__marker" aria-hidden="true">
        {state === "done" ? "✓" : number}
      </span>
      <div className="sell-step__body">
        <h3 className="sell-step__title" id={titleId}>
          {title}{" "}
          <span className="sell-step__state" data-testid={`sell-step-${id}-state`}>
            {t(`hub.walkthrough.state.${state}`)}
          </span>
        </h3>
        {children}
      </div>
    </li>
  );
}

/**
 * A new seller's way to their first listing: (1) a profile with the encryption key buyers seal
 * addresses to, (2) the first listing (physical only once step 1 is done; digital any time),
 * (3) the shop's tools. Each step says whether it is done, next or for later.
 */
export function SellWalkthrough({
  account,
  profile,
  listingCount,
}: {
  account: string;
  profile: HubProfile | undefined;
  listingCount: number;
}) {
  const { t } = useTranslation("sell");
  const headingId = useId();
  const state = profileState(profile);
  const steps = walkthroughSteps(state, listingCount);
  const name = profile?.name?.trim() || account;
  return (
    <section className="card sell-walkthrough" aria-labelledby={headingId} data-testid="sell-walkthrough">
      <h2 id={headingId}>{t("hub.walkthrough.heading")}</h2>
      <ol className="sell-steps" aria-label={t("hub.walkthrough.label")}>
        <Step id="profile" number={1} state={steps.profile} title={t("hub.walkthrough.profile.title")}>
          <p data-testid="sell-step-profile-text">
            {state === "ready"
              ? t("hub.walkthrough.profile.done", { name })
              : state === "noKey"
                ? t("hub.walkthrough.profile.noKey", { name })
                : t("hub.walkthrough.profile.none")}
          </p>
          <div className="sell-step__actions">
            <Link
              className={state === "ready" ? "button" : "button button--primary"}
              to="/sell/profile"
              data-testid="sell-step-profile-action"
            >
              {state === "ready"
                ? t("hub.walkthrough.profile.edit")
                : state === "noKey"
                  ? t("hub.walkthrough.profile.actionKey")
                  : t("hub.walkthrough.profile.action")}
            </Link>
          </div>
        </Step>
        <Step id="listing" number={2} state={steps.listing} title={t("hub.walkthrough.listing.title")}>
          <p>{t("hub.walkthrough.listing.explain")}</p>
          {steps.listing === "todo" && (
            <p className="form-field__hint" data-testid="sell-step-listing-locked">
              {t("hub.walkthrough.listing.locked")}
            </p>
          )}
          <div className="sell-step__actions">
            {steps.listing === "todo" ? (
              <Link className="button" to="/sell/new?kind=digital" data-testid="sell-step-listing-digital">
                {t("hub.walkthrough.listing.digital")}
              </Link>
            ) : (
              <Link className="button button--primary" to="/sell/new" data-testid="sell-step-listing-action">
                {t("hub.walkthrough.listing.action")}
              </Link>
            )}
          </div>
        </Step>
        <Step id="tools" number={3} state={steps.tools} title={t("hub.walkthrough.tools.title")}>
          <p>{t("hub.walkthrough.tools.explain")}</p>
          <SellerTools account={account} />
        </Step>
      </ol>
    </section>
  );
}
