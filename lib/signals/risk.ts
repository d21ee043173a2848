/**
 * Risk categories: topics the business does not let the AI settle on its own, whatever its
 * confidence (legal threats, personal-data rights and leaks, account security, payment disputes,
 * products that hurt someone, and cancellations with a lot of money at stake). Which categories escalate is workspace policy;
 * this scorer only names the category and quotes what triggered it.
 */

export type RiskCategory = "legal" | "privacy" | "security" | "dispute" | "safety" | "large_cancellation";

export interface RiskContext {
  /** What the customer stands to cancel or close: open orders plus the yearly value of their membership. */
  atStakeCents: number;
  /** The workspace's `largeCancellationCents` authority limit. */
  largeCancellationCents: number;
}

export interface RiskScore {
  category: RiskCategory | null;
  /** 0..1: how unambiguous the strongest cue is. */
  score: number;
  evidence: string;
}

interface RiskCue {
  category: RiskCategory;
  weight: number;
  pattern: RegExp;
  /**
   * A request to exercise a data right: made, it is for a person; asked about ("how do I make a
   * subject access request?", "can I erase my data?"), the help centre explains the process.
   */
  dataRight?: true;
  /** Harm asked about as a possibility ("could it cause a rash?") rather than reported. */
  hypotheticalGuard?: true;
}

// Asking how or whether something is done, as opposed to asking the desk to do it ("can you…", "please…").
const ASKS_ABOUT_A_PROCESS = /^\W*(?:(?:hi|hello|hey)\W+)?(?:how\b|can i\b|could i\b|do i\b|is it possible\b|what\b|where\b|when\b|do you\b|does\b|is there\b|are there\b)/;

// The words before a harm, within its sentence, that make it a possibility asked about: a
// question about what the product could do, a modal right before the harm, or an explicit "in case".
const HYPOTHETICAL =
  /^\W*(?:(?:hi|hello|hey)\W+)?(?:(?:can|could|will|would|might|may|does|do) (?:it|they|this|that|these|those|(?:the|your|a|an|my) \w+)|should (?:i|we))\b|\b(?:in case|what if|to avoid|to prevent|is it safe|are they safe|so (?:that )?\w+ (?:can'?t|won'?t|don'?t|doesn'?t))\b|\b(?:can|could|might|may|would|will|won'?t|can'?t|cannot)\s+(?:\w+\s+)?$|\b(?:can|could|will|would|might|may|does|do)\s+(?:it|they|this|that|these|those)\b/;

function sentenceBefore(normalised: string, index: number): string {
  let start = 0;
  for (const stop of normalised.slice(0, index).matchAll(/[.!?\n]+/g)) start = stop.index + stop[0].length;
  return normalised.slice(start, index);
}

/** The first match that reports something rather than asking whether it could happen. */
function firstReported(pattern: RegExp, normalised: string): RegExpExecArray | null {
  const global = new RegExp(pattern.source, pattern.flags.includes("g") ? pattern.flags : `${pattern.flags}g`);
  for (const match of normalised.matchAll(global)) {
    if (!HYPOTHETICAL.test(sentenceBefore(normalised, match.index))) return match as RegExpExecArray;
  }
  return null;
}

/**
 * A lawyer brought into the dispute, as opposed to merely mentioned ("I asked my lawyer whether a
 * gift card can be used twice"): someone about to act, or whose word is set against the shop's.
 */
export const LEGAL_THREAT =
  /\b(my|our|a) (lawyers?|attorneys?|solicitors?|legal (team|counsel))\s+(will|is going to|are going to|'ll|has been|is (looking|involved|aware)|are (looking|involved)|(is|are) handling|(is|are|'s|has|have) (already |now |currently )?(draft|prepar|writ|send|handl|deal|review|fil|work|pursu|chas|start)ing)\b|\b(letter|email|call) from (my|our) (lawyers?|attorneys?|solicitors?)\b|\b(letter before action|cease and desist|letter of demand)\b|\b(my|our|a) (lawyers?|attorneys?|solicitors?|legal (team|counsel))\s+(says?|said|told|advised)\b(?=[^.?!]*\b(owe|owes|liable|illegal|unlawful|breach|legally|entitled|obliged|must|have to|has to|will|going to|sue|court)\b)|\b(contact(ing)?|call(ing)?|get(ting)?|hir(e|ing)|involv(e|ing)|consult(ing)?|instruct(ing)?|retain(ing)?|talk(ing)? to|speak(ing)? (to|with)|hear from|through|forward(ing)? (this|it) to|send(ing)? (this|it) to)\s+(my|our|a|an)\s+(lawyers?|attorneys?|solicitors?|legal (team|counsel))\b|\b(i|we) (have|'ve) (hired|contacted|retained|instructed|got) (a|an|my|our)?\s*(lawyers?|attorneys?|solicitors?)\b/;

// Each cue is a phrase rather than a lone keyword where the word alone is ambiguous: "Sue" is a name,
// "court" can be a food court, and a lawyer can be mentioned in passing. Patterns ending in an accented letter have no closing \b, which
// only recognises ASCII letters.
const CUES: RiskCue[] = [
  { category: "legal", weight: 0.9, pattern: LEGAL_THREAT },
  { category: "legal", weight: 0.9, pattern: /\b(sue|suing)\s+(you|your|lumen|the company|them)\b|\b(i'?ll|i will|going to|gonna|will)\s+sue\b/ },
  { category: "legal", weight: 0.9, pattern: /\b(legal action|lawsuit|class action|legal proceedings)\b/ },
  { category: "legal", weight: 0.85, pattern: /\b(to|in|see you in|small claims) court\b|\bcourt case\b|\b(take|taking|taken|took|drag|dragging)\s+(you|this|them|it|the company|your company)\s+to\s+(the\s+)?(small claims|a tribunal|tribunal|arbitration|the ombudsman)\b|\b(fil(e|ing)|lodg(e|ing)|start(ing)?|mak(e|ing)|submit(ting)?)\s+a\s+small claims?\b/ },
  // A consumer body named as where the complaint is going, not as where the customer read something.
  {
    category: "legal",
    weight: 0.7,
    pattern: /\b(report\w*|complain\w*|complaint|contact\w*|go(ing)? to|went to|escalat\w*|tell\w*|notify\w*|fil(e|ing)|lodg\w*|tak(e|ing) (this|it)|writ(e|ing)|hear(ing)? from|involv\w*)\b[^.?!]{0,40}?\b(trading standards|consumer protection|attorney general|better business bureau|bbb|ombudsman|consumer (rights )?(agency|authority|council|watchdog|affairs))\b|\b(trading standards|consumer protection|better business bureau|ombudsman)\b[^.?!]{0,30}?\b(will|is going to|are going to|has been|have been|hears? about)\b/,
  },
  // Consumer authorities customers in Spain, France and Germany take a complaint to.
  { category: "legal", weight: 0.7, pattern: /\b(reclamaci[óo]n|denuncia|queja)\b[^.?!]{0,15}\b(en|a|ante) (consumo|la omic|la ocu|facua)\b|\bhoja de reclamaciones\b|\bdgccrf\b|\bque choisir\b|\bm[ée]diateur de la consommation\b|\bverbraucherzentrale\b|\bschlichtungsstelle\b/u },
  { category: "legal", weight: 0.85, pattern: /\b(abogad[oa]s?|demandar(les|los)?|acciones legales|avocats?|tribunal|poursuivre en justice|anwalts?|anwältin|verklagen|klage einreichen|gericht)\b|\b(denunci(ar|arles|arlos|arte|aré|aremos)|poner (una )?denuncia|(porter|d[ée]poser) plainte|saisir la justice|mise en demeure|rechtliche schritte|rechtlich vorgehen)/ },

  { category: "privacy", weight: 0.9, pattern: /\b(gdpr|ccpa|rgpd|dsgvo|lopd)\b/, dataRight: true },
  { category: "privacy", weight: 0.85, pattern: /\b(delete|erase|remove|wipe)\s+(all\s+)?(of\s+)?my\s+(personal\s+)?(data|information|info|details)\b|\bright to be forgotten\b/, dataRight: true },
  {
    category: "privacy",
    weight: 0.9,
    pattern:
      /\bdata (breach|leak)\b|\b(my\s+|your\s+|customer\s+|customers'?\s+)?(data|information|details|database|records|passwords?|card (numbers?|details))\s+(was|were|has been|have been|got|had been|being)\s+(leaked|exposed|sold|shared|stolen|hacked|breached|compromised)\b|\bleaked my\b|\b(your|the) (site|website|shop|store|company|database|systems?) (was|were|has been|got|had been) (hacked|breached|compromised)\b|\bfiltraci[óo]n de (datos|mis datos)|\b(mis )?datos (han sido|fueron|se han) (filtrad|robad|expuest|vendid)\w*|\bfuite de (donn[ée]es|mes donn[ée]es)|\b(mes )?donn[ée]es (ont [ée]t[ée] |sont )(vol[ée]es|divulgu[ée]es|pirat[ée]es|expos[ée]es|vendues)|\bdaten(leck|panne|diebstahl)\b|\b(meine )?daten (wurden|sind) (geleakt|gestohlen|ver[öo]ffentlicht|gehackt|weitergegeben)/u,
  },
  { category: "privacy", weight: 0.75, pattern: /\b(subject access request|what (personal )?data do you (have|hold|keep|store))\b/, dataRight: true },
  // Someone else's personal data reaching this customer is a leak, whoever notices it.
  {
    category: "privacy",
    weight: 0.85,
    pattern: /\b(another|a different|other) (customer|person|shopper|buyer|client)'?s\b|\b(some(one|body)( else)?|a stranger)'?s (\w+ ){0,2}(data|details|information|info|invoice|receipt|address|name|phone|email|order|documents?|prescriptions?|medical \w+|passport|bank (details|statement)|letters?|photos?|id|camera|video|footage|nursery|bedroom|living room)\b|\b(data|details|information|invoice|receipt|address|name|documents?) (of|for|belonging to) (another|a different|some other) (customer|person|shopper|buyer)\b|\b(datos|direcci[óo]n|factura|pedido|nombre|tel[ée]fono)( personales)? de otr[oa] (cliente|persona|comprador)|\b(donn[ée]es|adresse|facture|commande|nom)( personnelles)? d'une? autre (client|cliente|personne)|\b(daten|rechnung|adresse|bestellung|namen?)( und \p{L}+)? (eines anderen kunden|einer anderen person|von (einem|einer) anderen (kunden|kundin|person))/u,
  },
  { category: "privacy", weight: 0.85, pattern: /\b((borr|elimin|suprim)(ar|en|an|e) (todos )?mis datos\b|supprim(er|ez|iez) (toutes )?mes données|meine daten (löschen|gelöscht))|\b(l[öo]sch|entfern)(en|t) sie (bitte )?(alle |s[äa]mtliche |meine )*(pers[öo]nlichen |gespeicherten )?daten\b/u },

  { category: "security", weight: 0.9, pattern: /\b(been|was|got|is|has been)\s+hacked\b|\bhacked (my|into)\b|\baccount takeover\b/ },
  { category: "security", weight: 0.9, pattern: /\bunauthori[sz]ed\s+(access|charges?|purchases?|orders?|logins?|transactions?)\b/ },
  { category: "security", weight: 0.85, pattern: /\bfraudulent\b|\b(credit card|identity|card) fraud\b|\bfraud (alert|department|team)\b/ },
  { category: "security", weight: 0.85, pattern: /\b(stolen|lost)\s+(my\s+)?(credit\s+|debit\s+)?card\b|\bcard\s+(was|has been|got)\s+stolen\b/ },
  {
    category: "security",
    weight: 0.85,
    pattern:
      /\b(orders?|charges?|purchases?|payments?|transactions?|debits?|bookings?|subscriptions?)\b[^.?!]{0,40}?\b(i|we)\s+(did ?n[o']?t|didnt|never|have ?n[o']?t|havent)\s+(place|make|made|order|authori[sz]|approv|buy|bought|recogni[sz])\w*|\b(don'?t|do not|didn'?t) recogni[sz]e (this|that|these|those|the|a|an|any)\b[^.?!]{0,15}\b(charges?|payments?|orders?|transactions?|purchases?|debits?)\b|\baccount\b[^.?!]{0,25}?\b(compromised|breached|hijacked|taken over|broken into)\b|\b(changed|reset|updated|placed|made)\b[^.?!]{0,30}?\b(and|but) (it|that) (was ?n'?t|wasnt|was not) me\b/,
  },
  {
    category: "security",
    weight: 0.85,
    pattern:
      /\balgui[ée]n (ha |se ha )?(entrado|entr[óo]|accedido|accedi[óo]|metido|meti[óo]) (en|a) mi cuenta|\b(pedidos?|cargos?|compras?|pagos?)\b[^.?!]{0,40}? que (yo )?no (hice|he hecho|realic[ée]|autoric[ée]|reconozco)|\bsin mi (permiso|autorizaci[óo]n|consentimiento)|\b(commandes?|paiements?|achats?|pr[ée]l[èe]vements?)\b[^.?!]{0,40}? que je n'ai (pas|jamais) (pass[ée]e?s?|fait|effectu[ée]e?s?|autoris[ée]e?s?)|\bsans mon (accord|autorisation|consentement)|\bquelqu'un (s'est connect[ée]|a acc[ée]d[ée]|est entr[ée]) (à|a|sur|dans) mon compte|\bohne mein(e|en)? (wissen|erlaubnis|zustimmung|einverst[äa]ndnis)|\b(bestellung(en)?|abbuchung(en)?|zahlung(en)?|k[äa]ufe?), die ich (nicht|nie) (aufgegeben|gemacht|get[äa]tigt|autorisiert|bestellt)|\bjemand hat sich (in|bei) mein(em)? konto (eingeloggt|angemeldet)|\bzugriff auf mein konto/u,
  },
  { category: "security", weight: 0.8, pattern: /\b(some(one|body)|a stranger|hackers?)( else)? (has |had )?(been |is |was )?(logg(ed|ing) in|logged into|using|accessed|got into|gotten into|broke into|broken into) (to )?my (account|profile)\b|\bi (did ?not|didn'?t|never) (make|place|order|authori[sz]e) (this|that|these|those|it|them)\b/ },
  { category: "security", weight: 0.8, pattern: /\bsomeone (else )?(has been |is |was )?(logg(ed|ing) in|logged into|using|accessed|got into) (to )?my account\b|\bi (did ?not|didn'?t|never) (make|place|order|authori[sz]e) (this|that|these|those|it|them)\b/ },
  // A crime already reported: the shop's records may be evidence, and only a person can hand them over.
  {
    category: "security",
    weight: 0.85,
    pattern:
      /\bpolice (report|complaint|case|reference|crime number)\b|\b(report\w*|told|call\w*|contact\w*|went to|go(ing)? to) (it |this |them )?(to )?the police\b|\bpolice (are|were|is|have been) (involved|investigating|informed)\b|\bcrime (reference|number)\b|\b(denuncia|denunci[ée]) (a|en|ante) la polic[ií]a|\b(fui|he ido|ir[ée]) a la polic[ií]a|\b(port[ée]|d[ée]pos[ée]) plainte\b|\b(commissariat|gendarmerie)\b|\banzeige (bei der polizei )?(erstattet|gemacht|erstatten)|\bzur polizei\b|\bdie polizei (ist|wurde|hat)\b/u,
  },
  { category: "security", weight: 0.8, pattern: /\bphishing\b/ },
  // Signs of someone else trying the account: resets nobody asked for, a login from somewhere the customer has not been.
  { category: "security", weight: 0.8, pattern: /\b(log ?ins?|sign[- ]?ins?|access(ed)?)\b[^.?!]{0,20}\bfrom (another|a different|a foreign|an unknown|a strange|some other) (country|location|device|city|phone|computer)\b|\b(password )?reset (emails?|codes?|links?|texts?)\b[^.?!]{0,20}\b(i|we) (never|didn'?t|did not|haven'?t) (ask|request)/ },
  // A change to the account the customer disowns, and the account now closed to them: "it wasn't me and now I can't get in".
  {
    category: "security",
    weight: 0.85,
    pattern: /\b((it|that|this) (was ?n'?t|wasnt|was not) me|(i|we) (did ?n'?t|didnt|did not|never) (do|change|request|ask for) (that|this|it))\b[^.?!]{0,40}\b((can'?t|cannot|unable to) (get in|get into|log ?in|sign ?in|access (my|the) account)|locked out|no longer have access)\b|\b(locked out|can'?t (get in|log ?in|sign ?in)|cannot (get in|log ?in|sign ?in))\b[^.?!]{0,40}\b((it|that|this) (was ?n'?t|wasnt|was not) me|(i|we) (did ?n'?t|didnt|did not|never) (change|request|ask for) (that|this|it))\b/,
  },
  {
    category: "security",
    weight: 0.8,
    pattern: /\b(address|name|email|card|device|location|login)\b[^.?!]{0,20}\b(i'?ve|i have|we'?ve|we have) never (heard of|seen|used|lived at|been to)\b|\b(i|we) (don'?t|do not) (know|recogni[sz]e) (this|that|the) (address|device|location|email address|login)\b/,
  },
  { category: "security", weight: 0.7, pattern: /\bfraud\b/ },
  { category: "security", weight: 0.85, pattern: /\b(me han hackeado|hackearon|hackead[oa]|gehackt|betrug)\b|\bpiraté/ },
  // Someone else paying with the customer's card or inside their account, in the desk's four languages.
  {
    category: "security",
    weight: 0.85,
    pattern: /\b(some(one|body)|a stranger)( else)? (has |had )?(been )?(used|using|use) my (card|credit card|debit card|bank details|payment details|paypal)\b|\balgui[ée]n (ha |me ha )?(usado|us[óo]|utilizado|utiliz[óo]|est[áa] usando) mi (tarjeta|cuenta|paypal)|\bquelqu'un a (utilis[ée]|pris) (ma carte|mon compte|mes coordonn[ée]es bancaires)|\bjemand hat (mit )?mein(e|er|em)? (karte|kreditkarte|konto|paypal)/u,
  },

  // A product that burned, shocked or injured someone; "fire" alone is also a TV stick.
  {
    category: "safety",
    weight: 0.9,
    hypotheticalGuard: true,
    pattern: /\b(caught|catches|catching|catch) (on )?fire\b|\bset (my|the|our|a|his|her) (\w+ ){1,2}(on fire|alight|ablaze)\b|\b(started|caused) a (small |big )?fire\b|\b(was|is|went|set|going) (up )?(on fire|in flames)\b|\bburst into flames\b|\b(exploded|explosion|blew up)\b|\belectric(al)? shock\b|\b(shocked|electrocuted) (me|him|her|my|us)\b|\b(burn(ed|t|s)?|injur(ed|es)|hurt|cut|slic(ed|es)|gash(ed)?|scald(ed)?|shocked) (me|myself|him|her|them|us|(my|his|her|their|our) (\w+ )?(hands?|arms?|fingers?|thumbs?|wrists?|palms?|face|eyes?|head|lips?|mouth|legs?|foot|feet|skin|son|daughter|child|kid|baby|toddler|wife|husband|partner|dog|cat))\b|\b(got|was|were|been|gets) (badly |seriously |severely )?(shocked|electrocuted|scalded|burned|burnt|injured)\b|\bchok(ed|ing) on\b|\b(started|began|starts) sparking\b|\bthere (was|were) (flames|sparks|smoke)\b|\b(fire (brigade|department|service|fighters|truck)|ambulance|paramedics|poison control)\b|\b(an? )?injur(y|ies)\b|\b(i|we|he|she|they) (was|were|got|am|are|have been|has been) (injured|burned|burnt|hurt|electrocuted)\b|\b(hospital|emergency room|a&e|er visit)\b|\b(smoke|sparks?|flames?) (came|comes|coming|started|pouring|shot|flew|billow\w*)\b|\b(started|starts|began|begins|kept|keeps) (to )?smok(e|ing)\b|\b(it|the \w+) (was|is|were|are) smoking\b|\bchoking hazard\b|\ballergic reaction\b|\bsmok(e|ing) (is )?(came|coming|pouring|billowing|rising)\b|\b(got|gets|has|had|suffered|received|gave (me|him|her|them|us|my \w+)) (a |an )?(nasty |bad |serious |painful |deep |severe )?(burn|burns|gash|wound|electric shock|injury)\b(?! marks?\b)|\b(melted|melting)\b|\bspark(ed|ing)\b|\bsparks (flew|came)\b|\b(burning|burnt|burned) (smell|plastic)\b|\bsmell(s|ed)? (like |of )?burning\b|\btripped (the|a|our|my) (fuse|breaker|circuit)|\bswallowed\b|\b(scorch|burn) marks? (on|in|across) (the|my|our) (wall|socket|plug|outlet|carpet|rug|floor|desk|table|counter|worktop|ceiling|cupboard|curtains?|sofa|bed|duvet)\b|\bwater (got |leaked |went )?in(to)? (the )?(socket|plug|outlet|power point)\b|\b(bang|pop|flash) and (the )?(power|lights?|fuse)\b/,
  },
  {
    category: "safety",
    weight: 0.9,
    pattern: /\b(se (incendi[óo]|prendi[óo] fuego|quem[óo]|electrocut[óo])|me (quem[óo]|lastim[óo]|hiri[óo])|explot[óo]|descarga el[ée]ctrica|me dio (una )?(descarga|calambre)|a explos[ée]|d[ée]charge [ée]lectrique|explodiert|(hat|habe|haben) (sich|mich|uns) ([\p{L}]+ ){0,6}?(verbrannt|geschnitten|verbr[üu]ht)|(se|me) ha(n)? (cortado|quemado|electrocutado)|me he (cortado|quemado)|\bgeraucht\b|se cort[óo]|me cort[ée]|herid[oa]|lesi[óo]n|a pris feu|(m'a|s'est|me suis) (br[ûu]l[ée]|bless[ée]|coup[ée])|bless[ée]e?|br[ûu]lure|feuer gefangen|in flammen|(hat mich|habe mich) (verbrannt|verletzt)|verletzt|stromschlag|qualm(t|te|en)\b|se (derriti[óo]|ha derretido|fundi[óo])|derretid[oa]s?\b|se prend(e|i[óo]) fuego|(sal(en|ieron)|ech(a|[óo]|aba)) chispas|(a|ont) fondu|des [ée]tincelles|(ist|sind) geschmolzen|fing feuer|funken (spr[üu]h|flog|kam)\w*|\braucht(e)?\b|rauch (kam|stieg)|(roch|riecht|riechen) (stark )?(nach )?verbrannt|brandgeruch|(sal(e|i[óo]|[ií]a|ir)|echa(ba|r)?|ech[óo]) humo|huele a quemado|ol[ií]a a quemado|(de la )?fum[ée]e (sort|sortait|est sortie|partout)|\ba fum[ée]\b|sent(ait)? le br[ûu]l[ée]|odeur de br[ûu]l[ée])/u,
  },

  // What the harm left on someone's body, or the treatment it needed; asked about ("can it cause
  // a rash?"), it is a product question.
  {
    category: "safety",
    weight: 0.85,
    pattern: new RegExp(
      [
        String.raw`\bblister(s|ed)?\b`,
        String.raw`\b(needed|needs|had to get|had to have) (\w+ )?(stitches|a doctor|medical (attention|treatment|help))\b`,
        String.raw`\bswell(ed|ing) up\b|\b(is|are|was|were|got|went|all) (badly |really |very )?swollen\b|\bswollen BODY\b`,
        String.raw`\b(got|gotten|have|has|had|developed|broke out in|came out in|came up in|gave \w+(?: \w+)?) (a |an )?(\w+ )?(rash|hives)\b`,
        String.raw`\b(is|are|was|were|got) (badly |really |very |all )?bruised\b|\bbruised (\w+ )?BODY\b|\bbruises? (on|all over) (my|his|her|their|our)\b`,
        String.raw`\bBODY (is|was|were|are|started|kept|won'?t stop) bleeding\b|\bbleeding (badly|heavily|a lot)\b|\bbled\b|\b(blood everywhere|covered in blood|lots of blood)\b`,
        String.raw`\b(scorch(ed)|singed) (me|him|her|them|us|(my|his|her|their|our) (\w+ )?BODY)\b`,
        String.raw`\b(had|having|has|have) an? (\w+ )?allergic\b|\ballergic reaction\b|\b(is|am|was|were|are|turned out|must be) allergic to (it|the|something|this|that)\b|\banaphyla\w*`,
        String.raw`\bconcussion\b|\bsprained\b|\b(broke|broken|fractured) (a |an |his |her |my |their |our )?(arm|wrist|leg|finger|toe|nose|ankle|rib)s?\b`,
        String.raw`\b(zapped|zapping) (me|him|her|them|us|my|his|her|our)\b|\bgot zapped\b`,
        String.raw`\bcaught (alight|light)\b|\b(ablaze|aflame)\b`,
        String.raw`\b(had to go|have to go|rushed) to (the )?(doctor|gp|urgent care|clinic|er)\b|\b(took|take|taking|rushed|had to take) (him|her|them|me|my \w+) to (the )?(doctor|gp|urgent care|clinic|er)\b`,
      ]
        .join("|")
        .replaceAll("BODY", String.raw`(?:hands?|arms?|fingers?|thumbs?|wrists?|palms?|face|eyes?|head|lips?|mouth|gums?|legs?|knees?|ankles?|foot|feet|toes?|skin|nose|neck|back|chest)`),
    ),
    hypotheticalGuard: true,
  },
  { category: "dispute", weight: 0.9, pattern: /\bcharge ?backs?\b/ },
  { category: "dispute", weight: 0.9, pattern: /\bdisput(e|ed|ing)\s+(the|this|that|a|my)?\s*(charge|payment|transaction)\b|\bdisput(e|ed|ing) (it|this|the charge)? ?with (my|the) (bank|card issuer|credit card company)\b/ },
  { category: "dispute", weight: 0.85, pattern: /\b(open(ed|ing)?|fil(e[ds]?|ing)|rais(e[ds]?|ing)) an? (claim|case|dispute) with (paypal|my bank|the bank|visa|amex|my (credit )?card (company|issuer|provider))\b|\bpaypal (claim|dispute)\b/ },
  {
    category: "dispute",
    weight: 0.75,
    pattern: /(?<!\b(should|can|could|do|must|shall) (i|we) (need to |have to )?)\b(ask|get|have|tell|call|contact)(ing)?\s+my (bank|card (issuer|company|provider)|credit card (company|provider))\s+to\s+(reverse|cancel|block|dispute|claw|pull|take|get|recall|stop|chargeback)\b|\bclaw(ing)? (the money|it|my money|the payment) back\b/,
    hypotheticalGuard: true,
  },
  { category: "dispute", weight: 0.75, hypotheticalGuard: true, pattern: /\b(call|calling|contact|contacting|ask|asking|tell|telling) my bank to (reverse|cancel|block|dispute|refund)\b|\breverse the (charge|payment)\b/ },
  { category: "dispute", weight: 0.85, pattern: /\b(bank|card (company|issuer|provider)|credit card company|paypal)\b[^.?!]{0,30}\b(is|are|'s|'re|will be|has|have) (now )?(revers|disput|claw|pulling back|charging back|refunding me)\w*/ },
  { category: "dispute", weight: 0.85, pattern: /\b(contracargo|rétrofacturation|rückbuchung|lastschrift zurück)\b/ },
  // The bank or PayPal asked to take the payment back, in Spanish, French and German.
  {
    category: "dispute",
    weight: 0.85,
    hypotheticalGuard: true,
    pattern: /\b(fais|ferai|vais faire|fait) opposition\b|\b(ouvert|ouvre|ouvrirai|lanc[ée]) un litige\b|\blitige (paypal|avec (ma|la) banque)\b|\b(contest[ée]|vais contester) (le|ce|la) (paiement|pr[ée]l[èe]vement|d[ée]bit|transaction)\b|\b(abierto|abro|abrir[ée]|voy a abrir) una disputa\b|\b(pedir|pido|pedido|pedir[ée]|decir|digo|dir[ée]) a mi banco que (anule|devuelva|retroceda|revierta|cancele)\b|\bzur[üu]ckbuch\w*|\bzur[üu]ckgebucht\b|\bk[äa]uferschutz\w*/u,
  },
];

const LARGE_CANCELLATION = /\bcancel\s+(everything|it all|all\s+(of\s+)?my\s+\w+|my\s+(whole|entire)\s+\w+|my\s+(lumen plus\s+)?(membership|subscription|plan)|the membership)\b|\bclose\s+(all\s+)?(of\s+)?my\s+accounts?\b|\b(close|delete)\s+(my|the)\s+account\b/;
const LARGE_CANCELLATION_WEIGHT = 0.8;

/**
 * A business ending many seats or accounts at once is a large cancellation whatever this
 * customer's own orders are worth: the contract behind it is not in the shop's records.
 */
const BULK_CANCELLATION =
  /\b(cancel\w*|terminat\w*|end(ing)?|clos(e|ing)|remov(e|ing)|drop(ping)?)\s+(all|every|each)\s+(of\s+)?(our|the|my)?\s*(\d+\s+|team\s+|company\s+|business\s+|employee\s+|staff\s+|user\s+|member\s+)*(seats|licen[cs]es|users|members|employee accounts|accounts|subscriptions|memberships)\b|\b(cancel\w*|terminat\w*|clos(e|ing)|end(ing)?)\s+(every|each)\s+(seat|licen[cs]e|user|account|subscription|membership)\b|\b(cancelar|dar de baja|anular)\s+(todas|todos)\s+(las|los)\s+(licencias|cuentas|suscripciones|usuarios|puestos|membres[ií]as)\b|\b(r[ée]silier|annuler|supprimer|fermer)\s+(tous|toutes)\s+(les|nos)\s+(abonnements|comptes|licences|utilisateurs|postes)\b|\balle\s+([a-zäöüß]+\s+)?(lizenzen|konten|abos|abonnements|nutzer|arbeitspl[äa]tze|mitgliedschaften)\b[^.?!]{0,40}\b(k[üu]ndigen|stornieren|beenden|l[öo]schen)\b|\b(cancel\w*|terminat\w*|clos(e|ing)|end(ing)?)\s+(the|our|my)\s+(whole|entire)\s+(team|company|business|organi[sz]ation|corporate)\w*('s)?\s+(account|plan|subscription|contract)\b|\bbulk cancel\w*\b|\b(cancel\w*|terminat\w*|end(ing)?|clos(e|ing)|remov(e|ing)|drop(ping)?)\s+(\w+\s+){0,4}(seats|licen[cs]es|subscriptions|memberships|accounts|plans)\s+(for|of)\s+(all|every|each)\s+(\d+\s+)?(of\s+)?(our|the|my)?\s*(\w+\s+)?(employees|staff|users|members|people|colleagues|team)\b/;

/** "Cancel every one of them" after the seats were counted: the count says what "them" is. */
const SEATS_COUNTED = /\b\d+\s+(\w+\s+)?(seats|licen[cs]es|users|accounts|subscriptions|memberships|employees|staff)\b/;
const ENDS_THEM_ALL = /\b(cancel\w*|terminat\w*|end(ing)?|clos(e|ing)|remov(e|ing)|drop(ping)?)\s+(them all|all of them|(every|each) (one )?of them|the lot)\b/;

/** Lower-cased with typographic apostrophes made straight, keeping every character's position. */
function normalise(text: string): string {
  // A few letters lower-case to two characters; quoting then falls back to the normalised text.
  return text.toLowerCase().replace(/[\u2018\u2019`]/g, "'");
}

// A sentence ends at . ! ? followed by a capital or the end of the message, so "Lumen & Co. on my card" stays whole.
const SENTENCE_END = /[.!?]+(?=\s+[\p{Lu}¿¡]|\s*$)|\n/gu;

/** The sentence around a match, from the original text so the quote reads as the customer wrote it. */
function quoteAround(original: string, normalised: string, index: number, length: number): string {
  const source = original.length === normalised.length ? original : normalised;
  let start = 0;
  let end = source.length;
  for (const stop of source.matchAll(SENTENCE_END)) {
    const after = stop.index + stop[0].length;
    if (after <= index) start = after;
    else if (stop.index >= index + length) {
      end = after;
      break;
    }
  }
  const sentence = source.slice(start, end).trim();
  return `"${sentence.length <= 160 ? sentence : source.slice(index, index + length)}"`;
}

function formatCents(cents: number): string {
  return `$${(cents / 100).toFixed(2)}`;
}

export function scoreRisk(text: string, context?: RiskContext): RiskScore {
  const normalised = normalise(text);
  let best: { category: RiskCategory; weight: number; evidence: string } | null = null;
  const asksAboutAProcess = ASKS_ABOUT_A_PROCESS.test(normalised);
  for (const cue of CUES) {
    if (cue.dataRight && asksAboutAProcess) continue;
    if (best && best.weight >= cue.weight) continue;
    const match = cue.hypotheticalGuard ? firstReported(cue.pattern, normalised) : cue.pattern.exec(normalised);
    if (!match) continue;
    best = { category: cue.category, weight: cue.weight, evidence: quoteAround(text, normalised, match.index, match[0].length) };
  }
  const bulk = BULK_CANCELLATION.exec(normalised) ?? (SEATS_COUNTED.test(normalised) ? ENDS_THEM_ALL.exec(normalised) : null);
  if (bulk && (!best || best.weight < LARGE_CANCELLATION_WEIGHT)) {
    best = { category: "large_cancellation", weight: LARGE_CANCELLATION_WEIGHT, evidence: `${quoteAround(text, normalised, bulk.index, bulk[0].length)}: many seats or accounts at once` };
  }
  const cancellation = LARGE_CANCELLATION.exec(normalised);
  if (cancellation && context && context.atStakeCents >= context.largeCancellationCents && (!best || best.weight < LARGE_CANCELLATION_WEIGHT)) {
    const quote = quoteAround(text, normalised, cancellation.index, cancellation[0].length);
    best = {
      category: "large_cancellation",
      weight: LARGE_CANCELLATION_WEIGHT,
      evidence: `${quote} with ${formatCents(context.atStakeCents)} at stake (limit ${formatCents(context.largeCancellationCents)})`,
    };
  }
  if (!best) return { category: null, score: 0, evidence: "" };
  return { category: best.category, score: best.weight, evidence: best.evidence };
}
