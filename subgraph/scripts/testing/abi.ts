// Event signatures for gnd test JSON, read from the generated Marketplace ABI (never typed by hand).
import { readFileSync } from "node:fs";
import path from "node:path";
import { subgraphDir } from "../build.js";

interface AbiInput {
  name: string;
  type: string;
  indexed?: boolean;
  components?: AbiInput[];
}
interface AbiEvent {
  type: "event";
  name: string;
  inputs: AbiInput[];
}

export const abiPath = path.join(subgraphDir, "..", "contracts", "generated", "abis", "Marketplace.json");

function loadEvents(): Map<string, AbiEvent> {
  const abi = JSON.parse(readFileSync(abiPath, "utf8")) as { type: string }[];
  const events = abi.filter((item): item is AbiEvent => item.type === "event");
  return new Map(events.map((event) => [event.name, event]));
}

let events: Map<string, AbiEvent> | undefined;

/** Every event name in the ABI. */
export function eventNames(): string[] {
  events ??= loadEvents();
  return [...events.keys()].sort();
}

/** The ABI inputs of an event. */
export function eventInputs(name: string): AbiInput[] {
  events ??= loadEvents();
  const event = events.get(name);
  if (!event) throw new Error(`Marketplace ABI has no event ${name}`);
  return event.inputs;
}

/** `Name(type indexed name, …)`: the form gnd test wants. */
export function eventSignature(name: string): string {
  const inputs = eventInputs(name).map((input) => `${input.type}${input.indexed ? " indexed" : ""} ${input.name}`);
  return `${name}(${inputs.join(", ")})`;
}

/** `Name(indexed type,…)`: the form of a manifest's eventHandlers. */
export function manifestSignature(name: string): string {
  return `${name}(${eventInputs(name)
    .map((input) => `${input.indexed ? "indexed " : ""}${input.type}`)
    .join(",")})`;
}
