// How the arbiter's pages name the people on an order: their newest profile name, else the
// shortened address.
import { shortHex } from "../../lib/chain/display";

export function partyName(party: { id: string; profile?: readonly { name?: string | null }[] }): string {
  return party.profile?.[0]?.name?.trim() || shortHex(party.id);
}
