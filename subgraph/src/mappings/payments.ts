// Balances: failed payouts credited, credits withdrawn, platform fees swept.
import { CreditWithdrawn, FeesSwept, PaymentCredited } from "../../generated/Marketplace/Marketplace";
import { CreditWithdrawal, FeeSweep, PaymentCredit } from "../../generated/schema";
import { getAccount, getAccountToken, getToken, minusClamped } from "../helpers/entities";
import { eventId } from "../helpers/ids";

export function handlePaymentCredited(event: PaymentCredited): void {
  getAccount(event.params.account).save();
  getToken(event.params.token).save();
  const balance = getAccountToken(event.params.account, event.params.token);
  balance.creditBalance = balance.creditBalance.plus(event.params.amount);
  balance.save();

  const credit = new PaymentCredit(eventId(event));
  credit.account = event.params.account;
  credit.token = event.params.token;
  credit.amount = event.params.amount;
  credit.timestamp = event.block.timestamp;
  credit.save();
}

export function handleCreditWithdrawn(event: CreditWithdrawn): void {
  getAccount(event.params.account).save();
  getToken(event.params.token).save();
  const balance = getAccountToken(event.params.account, event.params.token);
  balance.creditBalance = minusClamped(balance.creditBalance, event.params.amount);
  balance.save();

  const withdrawal = new CreditWithdrawal(eventId(event));
  withdrawal.account = event.params.account;
  withdrawal.token = event.params.token;
  withdrawal.to = event.params.to;
  withdrawal.amount = event.params.amount;
  withdrawal.timestamp = event.block.timestamp;
  withdrawal.save();
}

export function handleFeesSwept(event: FeesSwept): void {
  const token = getToken(event.params.token);
  token.feesSwept = token.feesSwept.plus(event.params.amount);
  token.save();

  const sweep = new FeeSweep(eventId(event));
  sweep.token = event.params.token;
  sweep.treasury = event.params.treasury;
  sweep.amount = event.params.amount;
  sweep.timestamp = event.block.timestamp;
  sweep.save();
}
