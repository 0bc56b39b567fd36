import i18next, { type TFunction } from "i18next";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { resources } from "../i18n/i18n";
import { TxStepError } from "./errors";
import { TxRunner, type TxState, type TxStep } from "./runner";

let t: TFunction;
beforeAll(async () => {
  const instance = i18next.createInstance();
  await instance.init({ lng: "en", resources, interpolation: { escapeValue: false } });
  t = instance.t;
});

function runner() {
  const states: TxState[] = [];
  const settled = vi.fn();
  const instance = new TxRunner<null>({ deps: null, t, onChange: (state) => states.push(state), onSettled: settled });
  return { instance, states, settled };
}

const statuses = (state: TxState) => state.steps.map((step) => `${step.id}:${step.status}`);

describe("TxRunner", () => {
  it("runs the steps in order, reports progress and hands results on", async () => {
    const { instance, states, settled } = runner();
    const steps: TxStep<null>[] = [
      {
        id: "upload",
        label: "Upload",
        progress: true,
        run(ctx) {
          ctx.progress(0.5);
          ctx.results.cid = "bafy";
        },
      },
      {
        id: "send",
        label: (tr) => tr("tx.steps.send"),
        run: (ctx) => void (ctx.hash = `0x${ctx.results.cid === "bafy" ? "ab" : "00"}`),
      },
    ];
    const outcome = await instance.start({ steps });
    expect(outcome).toMatchObject({ ok: true, hash: "0xab", results: { cid: "bafy" } });
    expect(states.some((state) => state.steps[0]?.status === "active" && state.steps[0].progress === 0.5)).toBe(true);
    expect(instance.current.status).toBe("done");
    expect(instance.current.steps).toEqual([
      { id: "upload", label: "Upload", status: "done", progress: 1 },
      { id: "send", label: "Confirm in your wallet", status: "done" },
    ]);
    expect(settled).toHaveBeenCalledTimes(1);
  });

  it("stops at a failed step with the decoded error, and a retry resumes there", async () => {
    const { instance } = runner();
    const encrypt = vi.fn();
    let fail = true;
    const send = vi.fn(() => {
      if (fail) throw Object.assign(new Error("denied"), { code: 4001 });
    });
    const after = vi.fn();
    const steps: TxStep<null>[] = [
      { id: "encrypt", label: "Encrypt", run: encrypt },
      { id: "send", label: "Send", run: send },
      { id: "mined", label: "Mined", run: after },
    ];
    const first = await instance.start({ steps });
    expect(first).toMatchObject({ ok: false, error: { kind: "rejected" } });
    expect(statuses(instance.current)).toEqual(["encrypt:done", "send:failed", "mined:pending"]);
    expect(instance.current.status).toBe("failed");
    expect(after).not.toHaveBeenCalled();

    fail = false;
    const second = await instance.retry();
    expect(second.ok).toBe(true);
    expect(encrypt).toHaveBeenCalledTimes(1);
    expect(send).toHaveBeenCalledTimes(2);
    expect(after).toHaveBeenCalledTimes(1);
    expect(instance.current.error).toBeUndefined();
  });

  it("goes back to the step a TxStepError names (a transaction reverted on chain is sent anew)", async () => {
    const { instance } = runner();
    const send = vi.fn();
    let reverts = 1;
    const steps: TxStep<null>[] = [
      { id: "send", label: "Send", run: send },
      {
        id: "mined",
        label: "Mined",
        run() {
          if (reverts-- > 0) throw new TxStepError({ kind: "revert", message: "reverted" }, "send");
        },
      },
    ];
    await instance.start({ steps });
    expect(instance.current.error?.message).toBe("reverted");
    await instance.retry();
    expect(send).toHaveBeenCalledTimes(2);
    expect(instance.current.status).toBe("done");
  });

  it("forgets a write on reset and ignores a cancelled run", async () => {
    const { instance } = runner();
    let release: () => void = () => {};
    const later = vi.fn();
    const pending = instance.start({
      steps: [
        { id: "wait", label: "Wait", run: () => new Promise<void>((resolve) => (release = resolve)) },
        { id: "later", label: "Later", run: later },
      ],
    });
    instance.reset();
    release();
    expect((await pending).ok).toBe(false);
    expect(later).not.toHaveBeenCalled();
    expect(instance.current).toEqual({ status: "idle", steps: [] });
  });
});
