import type { StringTable } from "../strings";
import { post } from "./api";
import { h, replaceChildren } from "./dom";

/**
 * The three forms the chat can show under the conversation: the asynchronous ticket when
 * nobody can join, the email code for account actions, and the satisfaction rating.
 */

let formCount = 0;
const uid = (name: string) => `${name}-${++formCount}`;

function field(label: string, input: HTMLInputElement | HTMLTextAreaElement): HTMLElement {
  input.id ||= uid("field");
  return h("div", { class: "field" }, h("label", { for: input.id }, label), input);
}

function errorLine(): HTMLElement {
  return h("p", { class: "form-error", role: "alert" });
}

export function asyncForm(t: StringTable, token: string, onDone: () => void): HTMLElement {
  const error = errorLine();
  const email = h("input", { type: "email", name: "email", required: true, autocomplete: "email", maxlength: 254 });
  const phone = h("input", { type: "tel", name: "phone", autocomplete: "tel", maxlength: 24 });
  const when = h("input", { type: "datetime-local", name: "callbackAt" });
  const emailPane = h("div", {}, field(t.email, email));
  const callbackPane = h("div", { hidden: true }, field(t.phone, phone), field(t.callbackTime, when));
  let kind: "email" | "callback" = "email";
  const choose = (next: "email" | "callback") => {
    kind = next;
    emailPane.hidden = next !== "email";
    callbackPane.hidden = next !== "callback";
    // Only the visible choice is required, or the hidden fields would block submitting.
    email.required = next === "email";
    phone.required = when.required = next === "callback";
    emailTab.setAttribute("aria-pressed", String(next === "email"));
    callbackTab.setAttribute("aria-pressed", String(next === "callback"));
  };
  const emailTab = h("button", { type: "button", class: "toggle", "aria-pressed": "true", onclick: () => choose("email") }, t.asyncEmailTab);
  const callbackTab = h("button", { type: "button", class: "toggle", "aria-pressed": "false", onclick: () => choose("callback") }, t.asyncCallbackTab);
  const submit = h("button", { type: "submit", class: "primary" }, t.asyncSubmit);
  const form = h(
    "form",
    {
      class: "card",
      "aria-label": t.asyncSubmit,
      onsubmit: async (event: SubmitEvent) => {
        event.preventDefault();
        submit.disabled = true;
        const body =
          kind === "email"
            ? { kind, email: email.value.trim() }
            : { kind, phone: phone.value.trim(), callbackAt: when.value ? new Date(when.value).toISOString() : "" };
        const result = await post("/api/widget/ticket", body, token);
        submit.disabled = false;
        if (result.ok) onDone();
        else error.textContent = result.error;
      },
    },
    h("p", {}, t.asyncIntro),
    h("div", { class: "toggles", role: "group" }, emailTab, callbackTab),
    emailPane,
    callbackPane,
    error,
    submit,
  );
  return form;
}

export function verifyForm(t: StringTable, token: string, onVerified: (name: string) => void): HTMLElement {
  const error = errorLine();
  const note = h("p", { role: "status" });
  const email = h("input", { type: "email", name: "email", required: true, autocomplete: "email", maxlength: 254 });
  const code = h("input", { type: "text", name: "code", inputmode: "numeric", autocomplete: "one-time-code", pattern: "[0-9]{6}", maxlength: 6, required: true });
  const codeForm = h(
    "form",
    {
      hidden: true,
      onsubmit: async (event: SubmitEvent) => {
        event.preventDefault();
        const result = await post<{ name: string }>("/api/widget/verification/confirm", { code: code.value.trim() }, token);
        if (result.ok) onVerified(result.data.name);
        else error.textContent = result.error;
      },
    },
    field(t.code, code),
    h("button", { type: "submit", class: "primary" }, t.verifyConfirm),
  );
  const emailForm = h(
    "form",
    {
      onsubmit: async (event: SubmitEvent) => {
        event.preventDefault();
        const result = await post("/api/widget/verification", { email: email.value.trim() }, token);
        if (!result.ok) {
          error.textContent = result.error;
          return;
        }
        error.textContent = "";
        note.textContent = t.verifySent;
        codeForm.hidden = false;
        code.focus();
      },
    },
    field(t.email, email),
    h("button", { type: "submit", class: "secondary" }, t.verifySend),
  );
  return h("section", { class: "card", "aria-label": t.verifyTitle }, h("h2", {}, t.verifyTitle), h("p", {}, t.verifyIntro), emailForm, note, codeForm, error);
}

export function csatForm(t: StringTable, token: string, onDone: () => void): HTMLElement {
  const error = errorLine();
  const name = uid("score");
  const scores = [1, 2, 3, 4, 5].map((score) => {
    const input = h("input", { type: "radio", name, value: score, id: `${name}-${score}`, required: true });
    return h("label", { class: "score", for: input.id }, input, h("span", { "aria-hidden": "true" }, String(score)), h("span", { class: "sr-only" }, t.csatScore.replace("{score}", String(score))));
  });
  const comment = h("textarea", { name: "comment", maxlength: 1000, rows: 2 });
  const submit = h("button", { type: "submit", class: "primary" }, t.csatSubmit);
  const form = h(
    "form",
    {
      class: "card",
      onsubmit: async (event: SubmitEvent) => {
        event.preventDefault();
        const chosen = form.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`);
        if (!chosen) return;
        submit.disabled = true;
        const result = await post("/api/widget/csat", { score: Number(chosen.value), comment: comment.value.trim() || undefined }, token);
        submit.disabled = false;
        if (result.ok || result.status === 409) {
          replaceChildren(form, h("p", { role: "status" }, t.csatThanks));
          onDone();
        } else {
          error.textContent = result.error;
        }
      },
    },
    h("fieldset", {}, h("legend", {}, t.csatPrompt), h("p", { class: "sr-only" }, t.csatScoreLabel), h("div", { class: "scores" }, ...scores)),
    field(t.csatComment, comment),
    error,
    submit,
  );
  return form;
}
