import { test } from "node:test";
import assert from "node:assert/strict";
import { scoreRisk } from "../../lib/signals/risk";

const bigAccount = { atStakeCents: 1_240_00, largeCancellationCents: 500_00 };

test("legal threats are legal risk, quoting the sentence", () => {
  const risk = scoreRisk("Order 4533 never came. If I don't get my money back I'm taking you to court.");
  assert.equal(risk.category, "legal");
  assert.ok(risk.score >= 0.8);
  assert.equal(risk.evidence, `"If I don't get my money back I'm taking you to court."`);
  assert.equal(scoreRisk("My lawyer will be contacting you about the Copperline set").category, "legal");
  assert.equal(scoreRisk("I’ll sue, honestly").category, "legal");
  assert.equal(scoreRisk("Voy a hablar con mi abogado").category, "legal");
  assert.equal(scoreRisk("Dann werde ich Sie verklagen").category, "legal");
});

test("a name or a food court is not a lawsuit", () => {
  assert.equal(scoreRisk("Sue from your store said the grinder ships Monday").category, null);
  assert.equal(scoreRisk("I'll pick it up near the food court at the mall").category, null);
});

test("personal-data requests and breaches are privacy risk", () => {
  assert.equal(scoreRisk("Under GDPR I want a copy of everything you hold on me").category, "privacy");
  assert.equal(scoreRisk("please delete all my personal data").category, "privacy");
  assert.equal(scoreRisk("was there a data breach? I got spam mentioning my order").category, "privacy");
  assert.equal(scoreRisk("Je veux que vous supprimiez mes données").category, "privacy");
  assert.equal(scoreRisk("Bitte meine Daten löschen").category, "privacy");
});

test("account takeover, unauthorised use and stolen cards are security risk", () => {
  assert.equal(scoreRisk("I think my account was hacked, the email changed").category, "security");
  assert.equal(scoreRisk("there are unauthorized charges on my card from you").category, "security");
  assert.equal(scoreRisk("I didn't place this order, who bought a tent on my account?").category, "security");
  assert.equal(scoreRisk("my credit card was stolen last week").category, "security");
  assert.equal(scoreRisk("Mi cuenta: me han hackeado").category, "security");
});

test("bank disputes and chargebacks are dispute risk", () => {
  assert.equal(scoreRisk("I'll just do a chargeback then").category, "dispute");
  assert.equal(scoreRisk("I'm going to dispute the charge with my bank").category, "dispute");
  assert.equal(scoreRisk("I already opened a claim with PayPal").category, "dispute");
});

test("cancelling everything is a risk only when a lot is at stake", () => {
  const risk = scoreRisk("Cancel everything. All of it.", bigAccount);
  assert.equal(risk.category, "large_cancellation");
  assert.equal(risk.evidence, `"Cancel everything." with $1240.00 at stake (limit $500.00)`);
  assert.equal(scoreRisk("close all my accounts please", bigAccount).category, "large_cancellation");
  assert.equal(scoreRisk("Cancel everything.", { atStakeCents: 79_99, largeCancellationCents: 500_00 }).category, null);
  assert.equal(scoreRisk("Cancel everything.").category, null);
});

test("the stronger cue wins when several categories appear", () => {
  const risk = scoreRisk("cancel my membership, and I'll file a chargeback for last month", bigAccount);
  assert.equal(risk.category, "dispute");
  assert.equal(risk.score, 0.9);
});

test("everyday requests carry no risk", () => {
  for (const text of [
    "what's your return window?",
    "where is my order 4512?",
    "thanks, that fixed it!",
    "how do I reset my password",
    "can I cancel order 4620 before it ships?",
    "the court of appeals of my patience is closed lol, any update?",
  ]) {
    assert.deepEqual(scoreRisk(text), { category: null, score: 0, evidence: "" }, text);
  }
});

test("a product that burned, shocked or injured someone is a safety risk", () => {
  const fire = scoreRisk("My Aurora lamp caught fire last night and burned my hand. What do I do?");
  assert.equal(fire.category, "safety");
  assert.equal(fire.evidence, `"My Aurora lamp caught fire last night and burned my hand."`);
  assert.equal(scoreRisk("the kettle gave my son an electric shock").category, "safety");
  assert.equal(scoreRisk("the charger exploded and we ended up in the emergency room").category, "safety");
  assert.equal(scoreRisk("Mi tostadora se incendió y me quemó la mano").category, "safety");
  assert.equal(scoreRisk("Le grille-pain a pris feu").category, "safety");
  assert.equal(scoreRisk("the heater set our curtains on fire").category, "safety");
  assert.equal(scoreRisk("the plug started a small fire in the kitchen").category, "safety");
  for (const text of ["the blade sliced my thumb", "my husband got shocked by the lamp switch", "the baby choked on a loose button", "we had to call an ambulance", "la batidora explotó", "mon fils s'est brûlé avec la bouilloire", "das Netzteil ist explodiert"]) {
    assert.equal(scoreRisk(text).category, "safety", text);
  }
  assert.equal(scoreRisk("Der Wasserkocher hat Feuer gefangen").category, "safety");
});

test("another customer's personal data in a parcel is a privacy risk", () => {
  assert.equal(scoreRisk("I received a parcel with another customer's name, address and invoice inside").category, "privacy");
  assert.equal(scoreRisk("my order came with someone else's invoice and phone number in the box").category, "privacy");
  assert.equal(scoreRisk("the packing slip has the address of a different customer on it").category, "privacy");
  assert.equal(scoreRisk("Me llegó la factura de otro cliente dentro de la caja").category, "privacy");
  assert.equal(scoreRisk("Il y avait l'adresse d'un autre client sur le bon de livraison").category, "privacy");
  assert.equal(scoreRisk("Im Karton lag die Bestellung einer anderen Person").category, "privacy");
  assert.equal(scoreRisk("the box had somebody's bank card details in it").category, "privacy");
});

test("a business cancelling many seats at once is a large cancellation whatever the customer's own orders", () => {
  const bulk = scoreRisk("We are a business account and want to cancel all 40 seats at once");
  assert.equal(bulk.category, "large_cancellation");
  assert.match(bulk.evidence, /many seats or accounts at once/);
  assert.equal(scoreRisk("please cancel all of our team licences by Friday").category, "large_cancellation");
  assert.equal(scoreRisk("we're closing the entire company account").category, "large_cancellation");
  assert.equal(scoreRisk("please end the memberships for all 12 of our staff").category, "large_cancellation");
  for (const text of ["terminate every seat on our plan", "queremos dar de baja todas las cuentas de la oficina", "nous voulons annuler tous nos abonnements", "wir wollen alle Konten der Firma kündigen"]) {
    assert.equal(scoreRisk(text).category, "large_cancellation", text);
  }
});

test("a lawyer mentioned in passing is not a legal threat; a lawyer brought in is", () => {
  assert.equal(scoreRisk("I asked my lawyer whether a gift card can be used twice, can it?").category, null);
  assert.equal(scoreRisk("my daughter is a lawyer and loves the Copperline pans, do you gift wrap?").category, null);
  assert.equal(scoreRisk("I'm forwarding this to my lawyer").category, "legal");
  assert.equal(scoreRisk("My solicitor says you owe me a refund").category, "legal");
  assert.equal(scoreRisk("we have hired a lawyer").category, "legal");
});

test("everyday mentions of fire, hurt and seats carry no risk", () => {
  for (const text of [
    "does the Fire TV stick work with the Home Hub?",
    "it doesn't hurt to ask: is there a student discount?",
    "how many seats does the Lumen Plus family plan have?",
    "can I cancel order 4620, it's a gift that arrived late",
    "can I cancel the subscriptions for all my devices in one go?",
    "what brand is the kettle, and did it get good reviews?",
    "the parcel got damaged in transit",
  ]) {
    assert.equal(scoreRisk(text).category, null, text);
  }
});

test("a product that smokes, sparks or melts is a safety incident, and a lawyer's word only counts when it is set against the shop", () => {
  for (const text of ["the charger for my lamp started smoking and melted the plug", "the grinder sparked and there was a burning smell, it tripped the fuse", "my son swallowed a small magnet from the lamp kit", "my toddler got a nasty burn from the kettle lid"]) {
    assert.equal(scoreRisk(text).category, "safety", text);
  }
  assert.equal(scoreRisk("My lawyer told me I could return an opened toothbrush, is that right?").category, null);
  assert.equal(scoreRisk("My lawyer said you are legally required to refund me").category, "legal");
});

test("asking how a data right is exercised is a help-centre question; exercising it is for a person", () => {
  for (const text of ["how do I make a subject access request", "can I erase all my personal data", "how does GDPR apply to my account?"]) {
    assert.equal(scoreRisk(text).category, null, text);
  }
  assert.equal(scoreRisk("please erase all my data").category, "privacy");
  assert.equal(scoreRisk("can you delete all my personal data").category, "privacy");
  assert.equal(scoreRisk("how do I stop you, my data was leaked in a breach").category, "privacy");
});

test("harm is read from what it left on the body, and asked as a possibility it is a product question", () => {
  for (const text of [
    "the heating pad left a blister on my leg overnight",
    "my daughter broke out in a rash from the bedding",
    "I had an allergic reaction to the candle wax",
    "the carafe shattered in my hand and I needed stitches",
    "the kettle zapped me when I plugged it in",
    "the curtain caught alight from the lamp",
    "it could have burned my son, the lamp caught fire",
  ]) {
    assert.equal(scoreRisk(text).category, "safety", text);
  }
  for (const text of [
    "can the heating pad cause blisters if left on overnight?",
    "will the kettle burn my hands if I touch the side?",
    "the dye is bleeding onto my towels",
    "I made a rash decision buying this, can I return it?",
    "I'm allergic to wool, is the Nordlys rug wool?",
  ]) {
    assert.equal(scoreRisk(text).category, null, text);
  }
});

test("orders, charges and logins the customer never made are security risk, in four languages", () => {
  for (const text of [
    "there are two orders in my history that I didn't place",
    "there's a charge of $89 on my card I never authorised",
    "I don't recognise this charge on my statement",
    "my email was changed and it wasn't me",
    "somebody got into my account",
    "hay un cargo que no hice",
    "Il y a une commande que je n'ai pas passée",
    "Es gibt eine Bestellung, die ich nicht aufgegeben habe",
  ]) {
    assert.equal(scoreRisk(text).category, "security", text);
  }
  assert.equal(scoreRisk("I ordered the wrong size, the order I placed was for a medium").category, null);
});

test("a consumer body or small claims is a threat when the complaint is going there, not when it is read about", () => {
  assert.equal(scoreRisk("If I don't get my money back by Friday I'm taking you to small claims").category, "legal");
  assert.equal(scoreRisk("My lawyer is drafting a letter to you as we speak").category, "legal");
  assert.equal(scoreRisk("Si je ne suis pas remboursé, je vais porter plainte").category, "legal");
  assert.equal(
    scoreRisk("I read on a consumer protection website that online orders can be returned within 14 days. Is that your policy too?").category,
    null,
  );
  assert.equal(scoreRisk("I'm going to ask my bank to claw the money back").category, "dispute");
  assert.equal(scoreRisk("should I ask my bank to reverse the payment or will you refund it?").category, null);
});

test("smoke, melting and a burnt smell are safety incidents in Spanish, French and German too; smoke as a scent is not", () => {
  for (const text of [
    "the space heater started smoking in my living room",
    "se calentó tanto que se derritió el plástico y casi se prende fuego la cortina",
    "la lampe a fondu et il y avait des étincelles",
    "Das Ladegerät hat angefangen zu qualmen und es roch verbrannt",
  ]) {
    assert.equal(scoreRisk(text).category, "safety", text);
  }
  assert.equal(scoreRisk("the candle smells like smoke and cedar, is there an unscented one?").category, null);
});

test("a police report, a leaked customer database and orders never placed further back in the sentence are for a person", () => {
  assert.equal(scoreRisk("my card was used on your site without me knowing, I've already filed a police report").category, "security");
  assert.equal(scoreRisk("I got an email saying your customer database was leaked").category, "privacy");
  assert.equal(scoreRisk("il y a des commandes sur mon compte que je n'ai jamais passées").category, "security");
  assert.equal(scoreRisk("the police came to my building for something unrelated, where is my parcel?").category, null);
});

test("a scorch mark, someone else's prescription, an unknown address, and a bank already reversing the payment are for a person", () => {
  assert.equal(scoreRisk("the heater made a popping sound and now there's a black scorch mark on the wall").category, "safety");
  assert.equal(scoreRisk("I opened the parcel and it has someone's prescription and their home address in it").category, "privacy");
  assert.equal(scoreRisk("there's a purchase on my account shipped to an address I've never heard of").category, "security");
  assert.equal(scoreRisk("I've contacted my card company and they're reversing the payment").category, "dispute");
  assert.equal(scoreRisk("my bank is closed on Sundays, can I pay by card instead?").category, null);
});

test("burn marks on a pan from cooking are not an incident", () => {
  assert.equal(scoreRisk("the pan has burn marks from cooking, how do I clean it?").category, null);
});

test("a disputed charge and an account change the customer disowns are for a person", () => {
  assert.equal(scoreRisk("I've disputed it with my bank now").category, "dispute");
  assert.equal(scoreRisk("it wasn't me and now I can't get in").category, "security");
  assert.equal(scoreRisk("that wasn't me, it was my husband, and now I can't find the receipt").category, null);
  assert.equal(scoreRisk("mon fils s'est coupé la main avec un morceau de verre").category, "safety");
});

test("signs of someone else in the account, a claim with the card company and another home on a camera feed are for a person", () => {
  assert.equal(scoreRisk("and there's a login from another country on my account").category, "security");
  assert.equal(scoreRisk("I keep getting password reset emails I never asked for").category, "security");
  assert.equal(scoreRisk("I'm filing a claim with my credit card company tomorrow").category, "dispute");
  assert.equal(scoreRisk("when I set it up I could see someone else's nursery on the app").category, "privacy");
  assert.equal(scoreRisk("y empezó a salir humo por detrás").category, "safety");
});

test("data erasure, a bank or PayPal taking the payment back, a card used by someone else, a burn and a consumer authority are risks in Spanish, French and German too", () => {
  for (const [text, category] of [
    ["und löschen Sie bitte sämtliche Daten, die Sie über mich gespeichert haben", "privacy"],
    ["quiero que eliminen mis datos personales", "privacy"],
    ["si rien n'est fait aujourd'hui je fais opposition auprès de ma banque", "dispute"],
    ["he abierto una disputa en PayPal", "dispute"],
    ["dann lasse ich die Zahlung von meiner Bank zurückbuchen", "dispute"],
    ["yo no he sido, alguien ha usado mi tarjeta en vuestra web", "security"],
    ["quelqu'un a utilisé ma carte sur votre site", "security"],
    ["jemand hat mit meiner Karte bei Ihnen bestellt", "security"],
    ["mein Mann hat sich heute morgen die Hand verbrüht", "safety"],
    ["mi hija se ha cortado con la cuchilla", "safety"],
    ["si no me lo devuelven esta semana pongo una reclamación en consumo", "legal"],
    ["je vais signaler votre boutique à la DGCCRF", "legal"],
    ["ich wende mich an die Verbraucherzentrale", "legal"],
  ] as const) {
    assert.equal(scoreRisk(text).category, category, text);
  }
  for (const text of ["¿cómo puedo borrar mi historial de búsquedas en la app?", "ma banque a refusé le paiement", "¿puedo abrir una disputa en PayPal si no llega?", "can I use my card on your site?"]) {
    assert.equal(scoreRisk(text).category, null, text);
  }
});
