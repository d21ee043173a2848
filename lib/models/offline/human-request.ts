import { swappedNeighbours, withinOneEdit } from "./text";

/**
 * Detects a customer asking to be passed to a person, in English, Spanish, French or German.
 * Phrase patterns give precise multilingual coverage; the intent classifier's `contact_human_agent`
 * probability catches English wordings the patterns do not list.
 */

export interface HumanRequestEvidence {
  source: "pattern" | "classifier";
  /** Matched text, or the classifier's probability as text. */
  detail: string;
}

export interface HumanRequestResult {
  requested: boolean;
  /** 0..1 */
  score: number;
  evidence: HumanRequestEvidence[];
}

export interface HumanRequestClassifier {
  probabilityOf(text: string, label: string): number;
}

interface Pattern {
  pattern: RegExp;
  score: number;
}

const W = String.raw`[\p{L}\p{N}'’]+`;
const GAP = (max: number) => String.raw`(?:\s+${W}){0,${max}}`;

// A person word joined to the next by a hyphen names a thing ("person-to-person gift", "staff-only area").
const EN_PERSON = String.raw`(?:colleagues?|(?:a |an )?member of (?:your|the) team|some(?:one|body) in charge|(?:who(?:ever)?|the (?:person|one)) (?:is |'s )?in charge|(?:whoever|the (?:person|people|one|team) (?:who|that)) (?:handles|deals with|is responsible for|looks after|takes care of|manages|decides)|humans?|(?:real|actual|live|normal|living|human|proper|flesh and blood)\s+(?:person|people|human|being|agent|one|someone|somebody)|person|people|some(?:one|body)(?:\s+else)?|agents?|representatives?|reps?|operators?|staff|employees?|managers?|supervisors?|boss|advis[eo]rs?|consultants?|team member|workers?|reception|receptionist|customer (?:service|support|care) (?:agent|rep|representative|person|team)|(?:your|the) team(?!\s+(?:plan|account|discount))|support (?:agent|team|person)|assistants?|(?:billing|sales|returns|complaints|technical|tech|support) (?:department|team)|department|(?:spa|restaurant|front desk|housekeeping|room service) team|room service|restaurant|front desk|housekeeping|cleaners)(?![-‐]\p{L})`;
// "Talked to someone" and "contacted an agent" tell what already happened; they ask for nothing.
const EN_CONTACT_VERB = String.raw`(?:talk|speak|chat|connect|transfer|reach|contact|escalate|forward|redirect|route|patch|hand me over|be put through|have a (?:word|chat))(?!(?<=talk|chat|reach|contact)ed\b)\w*`;
const EN_HAND_VERB = String.raw`(?:get|give|put|pass|switch|bring|find)\w*`;

/**
 * `\b` knows only ASCII letters, so a word ending in an accented one ("ahí", "employé", "réel")
 * never ends there and a pattern naming it never matches; every pattern's boundaries count any letter.
 */
const WORD_CHAR = String.raw`[\p{L}\p{N}_]`;
const WORD_BOUNDARY = String.raw`(?:(?<=${WORD_CHAR})(?!${WORD_CHAR})|(?<!${WORD_CHAR})(?=${WORD_CHAR}))`;
function anyLetterBoundaries(pattern: RegExp): RegExp {
  return new RegExp(pattern.source.replaceAll(String.raw`\b`, WORD_BOUNDARY), pattern.flags);
}

const PATTERNS: readonly Pattern[] = [
  // English
  { pattern: new RegExp(String.raw`(?<!\b(?:a|the|my|make|made|makes|making)\s)\b${EN_CONTACT_VERB}${GAP(5)}\s+(?:a\s+|an\s+|the\s+|to\s+|with\s+|your\s+|one of your\s+)*${EN_PERSON}\b`, "iu"), score: 0.97 },
  { pattern: new RegExp(String.raw`\b${EN_HAND_VERB}\s+(?:me\s+)?(?:through\s+)?(?:to|with|on to|onto|on with)?\s*(?:a|an|the|your|some)?\s*(?:${W}\s+)?${EN_PERSON}\b`, "iu"), score: 0.95 },
  { pattern: new RegExp(String.raw`(?<!\b(?:to|under|for|pay|paid|from|of|by)\s)\b(?:some|any)(?:one|body) else\b(?!['’]s)(?!\s+(?:pick|collect|receive|sign|use|order|buy|return|open|have|access|log|send|ship|is allowed|be allowed|allowed|is able|able|can|could|may|will|would|has|had|did|does))|\b(?:some(?:one|body)|person|human|agent)${GAP(2)}\s+to (?:talk|speak|chat) (?:to|with)\b`, "iu"), score: 0.85 },
  { pattern: new RegExp(String.raw`\b(?:want|need|prefer|demand|require|request|like|rather have|ask for)\s+(?:to\s+(?:have|get)\s+)?(?:a|an|the|your|some)\s+(?:real\s+|actual\s+|live\s+)?(?:human|person|agent|representative|operator|manager|supervisor)\b`, "iu"), score: 0.95 },
  { pattern: new RegExp(String.raw`^\W*(?:(?:hey|hi|hello|yes|yeah|ok|no|please|pls|plz|now|just|i want|i need|give me|get me|a|an|the|real|live|human|actual)\W+)*(?:a\s+|an\s+)?(?:humans?|person|agents?|representative|rep|operator|manager|supervisor|someone|reception|front desk|room service|customer (?:service|support|care)|human (?:support|assistance|help)|(?:[\p{L}]+\s+)?(?:team|department))(?:\W+(?:please|pls|plz|now|asap|thanks|thank you))*\W*$`, "iu"), score: 0.95 },
  { pattern: /\b(?:stop|done|tired of|sick of|don'?t want to|do not want to|not)\s+(?:talk(?:ing)?\s+|speak(?:ing)?\s+|chat(?:ting)?\s+)?(?:to|with)\s+(?:a\s+|the\s+|this\s+)?(?:bots?|robots?|machines?|automated|virtual|computer|ai|you)\b/iu, score: 0.8 },
  { pattern: /\b(?:non-?robotic|(?<!\b(?:i'?m|im|i am|we'?re|we are)\s)not a (?:bot|robot|machine))\b|\bwith a machine\b/iu, score: 0.8 },
  { pattern: new RegExp(String.raw`\b(?:ask|request|get|want|handled?|dealt|deal)\w*\b.{0,40}?\b(?:from|by) (?:a|an|the|your|some) (?:real\s+|actual\s+)?(?:human|person|agent|representative|operator)\b`, "iu"), score: 0.85 },
  { pattern: /\b(?:is there|there is|theres|isthere|any)\s+(?:a\s+|an\s+|any\s+|some\s+)?(?:real\s+)?(?:human|person|(?:some|any)(?:one|body)|agent|operator)\s+(?:available|there|around|i can)\b/iu, score: 0.9 },
  { pattern: /\b(?:is there|are there|are you|is this|any)\s+(?:an?\s+|any\s+)?(?:actual|real|live)\s+(?:human|person|people|agent)s?\b|\b(?:any(?:one|body)|some(?:one|body)) real\b/iu, score: 0.9 },
  { pattern: /\b(?:have|get|ask|need|want)\s+(?:some(?:one|body)|a person|an agent|a human|a rep(?:resentative)?|your team)\s+(?:to\s+)?(?:call|phone|ring)\s+me\b|\b(?:call me back|request a call ?back|schedule a call ?back)\b/iu, score: 0.95 },
  { pattern: /\brather\s+(?:explain|talk|speak|chat|deal)\b.{0,40}\b(?:a person|a human|someone|somebody|an agent|a real person)\b/iu, score: 0.9 },
  { pattern: /\b(?:humans?|person|agent|operator|representative)\s*,?\s*(?:please|pls|plz|now)\b/iu, score: 0.9 },
  { pattern: /\b(?:help|assistance|deal(?:ing)?|dealt|look(?:ed)? at (?:this|it)|handle[ds]?)\b.{0,30}?\b(?:from|with|by)\s+(?:a|an|the|some)\s+(?:real\s+|actual\s+|live\s+)?(?:human|person|agent|representative|colleague)\b|\b(?:(?:a|an|some|one of your)\s+(?:real\s+|actual\s+)?(?:person|human|agent|manager|supervisor|representative|colleagues?|member of (?:(?:your |the )?staff|your team|the team)|staff member|team member)(?:\s+of yours)?|some(?:one|body))\s+(?:(?:could|can|would|to)\s+)?(?:look at|look into|check|handle|review|deal with|take care of|sort out|follow up on|(?:have|take) a (?:look|proper look) (?:at|into))\s+(?:this|it|my)\b|\b(?:get|put|bring|take)\s+(?:this|it|my (?:case|complaint|issue|problem|question))\s+(?:in front of|before)\s+(?:(?:a|an|some)\s+(?:real\s+|actual\s+|human\s+)?(?:person|human|agent|manager|supervisor)|some(?:one|body))\b/iu, score: 0.9 },
  // Someone on the shop's side, named by where they work rather than by a job title.
  { pattern: /\b(?:some(?:one|body)|a (?:real |actual )?person|a human|people)\s+(?:who|that)\s+(?:actually\s+|really\s+)?works?\s+(?:there|here|for (?:you|the (?:shop|store|company))|at (?:the shop|the store|your))\b/iu, score: 0.9 },
  { pattern: /\b(?:a (?:real |actual )?(?:person|human)|some(?:one|body) (?:real|from (?:your|the) team)|an? (?:agent|representative|member of (?:your |the )?(?:staff|team)|(?:staff|team) member|colleague))\s+(?:to\s+|could\s+|can\s+|should\s+|would\s+)?(?:get back to me|call me|contact me|reach out to me|take over)\b|\b(?:be |get )?put (?:me )?in touch with\b/iu, score: 0.9 },
  { pattern: /\bwho (?:can|could|should|do|shall) (?:i|we) (?:actually\s+|even\s+|possibly\s+)?(?:talk|speak|chat|complain) (?:to|with)\b|\b(?:human|real|live) (?:agent|person|rep|representative|operator)s? (?:needed|required|wanted)\b/iu, score: 0.9 },
  { pattern: /\bwhat(?:'s| is) your (?:phone|telephone) number\b|\b(?:a )?(?:phone )?number (?:i|we) can (?:call|ring)\b|\b(?:anyone|someone|somebody) (?:i|we) can (?:call|phone|ring|talk to|speak to|speak with)\b/iu, score: 0.9 },
  { pattern: /^\W*(?:please\s+)?escalate(?:\s+(?:please|pls|plz|now))?\W*$|\b(?:can|could|may)\s+(?:i|we)\s+(?:get|have|receive)\s+a\s+(?:phone\s+)?call\b|\b(?:are|is) there (?:any|a|an|some)?\s*humans? (?:working|there|around|available|at)\b/iu, score: 0.9 },
  { pattern: /^\W*(?:please\s+)?(?:transfer|escalate)\s+(?:me|this|it)\b|\b(?:want|need|like|have) to escalate\b|\bescalate (?:this|it|my (?:case|issue|complaint|ticket))\b/iu, score: 0.9 },
  { pattern: /\b(?:get|have|request|book|arrange|want|need|schedule|like|love|prefer|appreciate|ask for|organi[sz]e)\s+(?:a\s+|an?\s+urgent\s+|a\s+quick\s+)?call ?-?back\b|^\W*(?:a\s+)?call ?-?back(?:\s+(?:please|pls|plz|asap|now))?\W*$/iu, score: 0.9 },
  // Whatever the verb, a real person the customer would tell or deal with is the one they want, unless they already did: "I'd feel better explaining it to a real person".
  { pattern: /(?<!\b(?:talked|spoke|spoken|chatted|dealt|was|were|been|went)\s+)\b(?:to|with)\s+(?:a|an|some)\s+(?:real|actual|live|proper)\s+(?:person|human(?: being)?|agent|representative)\b(?![-‐])/iu, score: 0.9 },
  // Telling the bot it is not helping is how Bitext's customers, and many real ones, ask to move on.
  { pattern: /\b(?:you(?:'re| are|re| r|r|)|u(?: are|r)?|this is)\s+(?:not|n't|nt|no)\s+(?:helping|helpful|any help|answering (?:my|the) question|answering me|listening|understanding (?:me|my (?:question|problem)))\b|\b(?:i )?(?:can'?t|cannot|don'?t|do not) understand (?:you|ya|u)\b|\b(?:does ?n[o']?t|did ?n[o']?t|doesnt|didnt|never|won'?t|still not|not) answer(?:ing|ed|s)? (?:my|the|any of my) questions?\b|\byou (?:just |really |clearly )?(?:don'?t|do not) (?:get|understand) (?:it|me|what i)\b|\byou'?re (?:just |clearly )?not getting it\b|\b(?:your|the|these) (?:answers?|replies|responses) (?:make|makes) no sense\b|\b(?:bot|chat|chatbot|ai|assistant) (?:has|have) no (?:idea|clue)\b/iu, score: 0.6 },
  // So is telling it that it goes in circles or keeps saying the same thing.
  { pattern: /\b(?:going|go|goes|run(?:ning)?|talking|spinning)\s+(?:round\s+|around\s+)?in circles\b|\b(?:round|around) (?:and (?:a)?round|in circles)\b|\bgetting (?:us |me )?nowhere\b|\brepeating yourself\b|\b(?:keep|keeps|stop)\b[^.?!]{0,25}\bthe same (?:answer|reply|response|link|article)s?\b|\b(?:same|identical) (?:answer|reply|response|link|article|thing|message)s? (?:again|over and over|every time|each time)\b|\bkeep(?:s)? (?:giving|sending|telling|showing) me the same\b|\b(?:the )?same (?:answer|reply|thing) as (?:before|last time)\b|\b(?:keep|are|you'?re) repeating yourself\b|\b(?:we'?re|we are|this is|this conversation is) (?:going nowhere|not going anywhere)\b|\b(?:this )?(?:isn'?t|is not) getting (?:us )?anywhere\b/iu, score: 0.6 },
  // Insulting the bot is how many customers say they are done with it.
  { pattern: /\b(?:stupid|useless|dumb|pointless|idiotic)\s+(?:bot|robot|machine|chatbot|chat|assistant|ai)\b|\b(?:bot|robot|machine|chatbot|chat|assistant|ai)\s+is\s+(?:stupid|useless|dumb|pointless|idiotic)\b/iu, score: 0.6 },
  // Asking to be phoned is asking for a person: nobody expects the chat window to ring.
  { pattern: /(?<!\b(?:don'?t|do not|never|not|no need to|stop)\s)\b(?:phone|ring|call|bell)\s+(?:me|us)(?=\s*(?:[.,!?;)]|$|back|up|on|at|please|pls|plz|asap|today|tomorrow|now|instead|directly|\d))|\bgive\s+(?:me|us)\s+a\s+(?:quick\s+)?(?:ring|call|bell|buzz|phone call)\b(?!\s*(?:size|light))/iu, score: 0.9 },
  // Or to talk it through on the phone; said of the past ("I talked to someone on the phone"), it is a report.
  { pattern: new RegExp(String.raw`\b(?:talk|speak|chat|discuss|explain|go through|sort (?:this|it) out|deal with (?:this|it))(?:ing)?\b${GAP(4)}\s+(?:over|on|by) the (?:phone|telephone)\b|\b(?:a\s+)?phone call (?:with|from)\s+(?:a|an|the|your|some)?\s*${EN_PERSON}\b`, "iu"), score: 0.9 },
  // Taking a matter up with someone: the person is the point, whatever verb brings them in.
  { pattern: new RegExp(String.raw`\b(?:take|taking|raise|raising|discuss|discussing|go through|going through|sort|sorting|settle|settling)\s+(?:this|it|that|the (?:matter|issue|problem|complaint))\s+(?:up\s+|out\s+|over\s+)?with\s+(?:a|an|the|your|some|one of your)?\s*(?:real\s+|actual\s+|human\s+)?${EN_PERSON}\b`, "iu"), score: 0.9 },
  // Someone on the shop's side getting in touch, whichever way they are named.
  { pattern: /\b(?:some(?:one|body)|a member of|one of your|one of the team)\b[^.?!]{0,30}?\b(?:get(?:ting)? (?:in touch|back) (?:with|to) (?:me|us)|reach(?:ing)? out to (?:me|us)|contact (?:me|us)|(?:e-?mail|call|phone|ring) (?:me|us))\b/iu, score: 0.9 },
  // Someone who is not a machine: the customer defines the person by what the bot is.
  { pattern: /\b(?:who|that)\s*(?:is|'s|s|are|'re)?\s*(?:not|n'?t|isnt|arent)\s+(?:a\s+|an\s+)?(?:bot|robot|machine|computer|ai|chatbot|program)\b|\b(?:instead of|rather than) (?:a |an |this |the )?(?:bot|robot|machine|chatbot|ai|computer)\b/iu, score: 0.85 },
  // Someone from the shop's side, asked for or asked to act: "someone from customer service please".
  { pattern: /\b(?:want|need|like|get|have|can|could|may|please|let)\b[^.?!]{0,20}\b(?:some(?:one|body)|a person|a human|an agent)\s+(?:from|at|in|of)\s+(?:your|the)?\s*(?:team|staff|support|customer (?:service|support|care)|shop|store|company|office)\b|\b(?:some(?:one|body)|a person|an agent)\s+(?:from|at|in|of)\s+(?:your|the)?\s*(?:team|staff|support|customer (?:service|support|care)|shop|store|company|office)\s*(?:,\s*)?(?:please|pls|plz|asap)\b/iu, score: 0.9 },
  // The service rather than a person in it: "connect me with customer service", "put me through to support".
  { pattern: /\b(?:connect|transfer|put|pass|switch|forward|redirect|route|send)\w*\s+(?:me|this|my (?:chat|case|question))\s+(?:through\s+|over\s+|straight\s+)?(?:to|with)\s+(?:the\s+|your\s+|a\s+)?(?:customer (?:service|support|care)|support|help ?desk|service desk)\b/iu, score: 0.9 },
  // A real person named on its own, after a clause that dismisses the bot or as a question: "stop the bot, real agent", "is anyone there who is a real person".
  { pattern: /(?:^|[,.;:!?-]\s*)(?:a\s+|an\s+)?(?:real|actual|live)\s+(?:agent|person|human|rep|representative|operator)\s*(?:please|pls|plz|now)?[\s.!?]*$|\b(?:any|some)(?:one|body)\b[^.?!]{0,20}\b(?:real|actual|live) (?:person|human|agent)\b/iu, score: 0.9 },
  { pattern: /\b(?:can|could|would|will)\s+(?:a|an|some)\s+(?:real\s+|actual\s+|live\s+)?(?:person|human|agent|representative|staff member|member of staff)\s+(?:please\s+)?(?:help|assist|look|check|handle|deal|sort|call|contact)\b|\bcomplain\w*\s+(?:to|with)\s+(?:(?:a|the|your)\s+(?:manager|supervisor|boss|person in charge)|some(?:one|body) in charge)\b/iu, score: 0.9 },
  // Help from a person named as a kind of service, or the customer asking to be moved on: "I'd prefer human support", "could I be transferred?".
  { pattern: /\bhuman (?:support|assistance|help|contact)\b|\b(?:a|an|any)\s+(?:real\s+|actual\s+)?(?:human|person|agent)\s+(?:able|available)\b(?!\s+to\s+(?:sign|collect|receive|pick|accept))|\b(?:i|me)\s+(?:be|get|being)\s+transferred\b(?!\s+(?:to|onto)\s+(?:my|another|a new|the new)\s)|\bpass(?:ing)?\s+(?:this|it|my (?:case|query|question|complaint))\s+(?:on\s+|over\s+|along\s+)?to\s+(?:(?:a|an|the|your|one of your)\s+(?:colleague|manager|supervisor|person|human|agent|representative|member of (?:staff|your team))\b|some(?:one|body) (?:who|that) (?:can|could|is able to) (?:actually |properly )?(?:sort|fix|help|deal|handle|decide|resolve|look|check|approve))/iu, score: 0.9 },
  // Someone with the access or the say the AI lacks: "this needs someone who can see my whole account", "can your supervisor review that?".
  { pattern: /\b(?:this|it|i|we)\s+(?:really\s+|probably\s+|clearly\s+)?(?:needs?|want|would like|'d like)\s+(?:some(?:one|body)|a (?:real |actual )?(?:person|human))\s+(?:who|that)\s+(?:can|could|is able to)\s+(?:actually\s+|properly\s+|really\s+)?(?:see|look|check|access|decide|sort|fix|help|deal|handle|review|understand|approve)\b|\b(?:can|could|would|will|may)\s+(?:your|a)\s+(?:supervisor|manager|boss|team leader)\s+(?:please\s+)?(?:review|look at|look into|check|reconsider|overrule|approve|sign off|decide|handle|call|contact)\b|\b(?:want|like|need|ask)\s+(?:your|a)\s+(?:supervisor|manager|boss|team leader)\s+to\s+(?:review|look|check|reconsider|overrule|approve|sign off|decide|handle|call|contact)\b/iu, score: 0.9 },
  { pattern: /\b(?:ein(?:e)?\s+(?:mitarbeiter(?:in)?|berater(?:in)?|mensch|ansprechpartner(?:in)?)|jemand)\s+(?:erreichbar|verf[üu]gbar)\b/iu, score: 0.9 },
  // Spanish
  { pattern: /\b(?:hablar|comunicarme|comunicar|contactar|conversar|platicar|chatear|atender|atenderme|atienda|ati[ée]ndame|p[áa]same|p[óo]ngame|ponme|pasarme|transferirme|transfi[ée]reme|comun[íi]queme|con[ée]ctame|me\s+(?:pasas?|pones?|comunicas?|transfieres?|transfiere|conectas?|puedes pasar|puede pasar))\b(?:\s+\S+){0,3}?\s+(?:con\s+)?(?:una?\s+)?(?:persona|humano|ser humano|agente|asesor|asesora|operador|operadora|representante|empleado|empleada|alguien|encargado|encargada|gerente|supervisor|ejecutivo|ejecutiva)\b/iu, score: 0.97 },
  { pattern: /\b(?:pasar|pasarme|pasen|p[áa]seme|transferir|comunicar)\s+con\s+(?:una?\s+|el\s+|la\s+)?(?:agente|persona|humano|operador|operadora|asesor|asesora|representante|alguien)\b|\bagente humano\b/iu, score: 0.95 },
  { pattern: /\b(?:quiero|necesito|prefiero|exijo)\s+(?:una?\s+)?(?:persona|humano|agente|asesor|operador|representante)\b|\b(?:persona (?:real|de verdad)|atenci[óo]n humana|un humano)\b/iu, score: 0.95 },
  { pattern: /\b(?:hay|est[áa]) alguien (?:real|de verdad|de carne y hueso)\b|\balguien de carne y hueso\b/iu, score: 0.9 },
  { pattern: /\b(?:alguien|alguna persona|una persona|un agente|un humano|un asesor)(?: real| de verdad)? con (?:quien|qui[ée]n|el que|la que) (?:pueda|puedo|podr[ií]a) (?:hablar|comunicarme|tratar)\b|\bhay (?:alguien|alguna persona|alg[uú]n (?:agente|humano|asesor)) (?:real |de verdad )?(?:ah[ií]|disponible|que me (?:pueda )?atienda)\b|\b(?:hablar|comunicarme|contactar) con (?:el |la )?(?:atenci[óo]n al cliente|servicio (?:al|de atenci[óo]n al) cliente)\b/iu, score: 0.9 },
  { pattern: /\b(?:ll[áa]m(?:e|en)me|ll[áa]mame|me\s+(?:puede|pueden|podr[íi]a|podr[íi]an|pod[ée]is)\s+(?:llamar|telefonear)|(?:que|alguien)\s+me\s+(?:llame|llamen|llamara|llamaran|llamase|llamasen|contacte|contacten|contactara|contactaran|devuelva la llamada)|devolverme la llamada)\b|\bhablar\b[^.?!]{0,30}\bpor tel[ée]fono\b/iu, score: 0.9 },
  // French
  { pattern: /\b(?:parler|discuter|m'adresser|joindre|contacter|passez-moi|passe-moi|mettez-moi|mettre en relation|mettre en contact|(?:être |etre )?mis(?:e)? en (?:relation|contact)|mettez-moi en (?:relation|contact)|transf[ée]rez-moi|transf[ée]rer)\b(?:\s+\S+){0,3}?\s+(?:[àa]\s+|avec\s+)?(?:un\s+|une\s+|le\s+|la\s+|l')?(?:vrai(?:e)?\s+)?(?:humain|personne|conseill[eè]re?|agent|op[ée]rat(?:eur|rice)|responsable|repr[ée]sentant(?:e)?|quelqu'un|employ[ée]e?|technicien(?:ne)?|service client)\b/iu, score: 0.97 },
  { pattern: /\b(?:je veux|je voudrais|j'aimerais|je souhaite|je pr[ée]f[èe]re)\s+(?:un|une)\s+(?:vrai(?:e)?\s+)?(?:humain|personne|conseill[eè]re?|agent|op[ée]rateur|interlocut(?:eur|rice))\b|(?<!\p{L})(?:vraie personne|vrai humain|vrai interlocuteur|[êe]tre humain)\b/iu, score: 0.95 },
  { pattern: /\b(?:avoir|joindre|appeler)\s+(?:quelqu'un|une personne|un(?:e)? (?:conseill[eè]re?|humain|agent|op[ée]rat(?:eur|rice)))\s+(?:au t[ée]l[ée]phone|en ligne|de (?:chez vous|votre [ée]quipe|votre service))|\bquelqu'un (?:au t[ée]l[ée]phone|de (?:chez vous|votre [ée]quipe|votre service))|\b(?:besoin d'|me passer |passer )(?:un|une) (?:vrai(?:e)? )?(?:conseill[eè]re?|humain|personne|agent|op[ée]rat(?:eur|rice))\b/iu, score: 0.9 },
  { pattern: /\b(?:y a-t-il|il y a|est-ce qu'il y a)\s+(?:quelqu'un|une (?:vraie )?personne|un (?:vrai )?(?:humain|conseiller|agent))\s+(?:de r[ée]el|de vrai|en vrai|ici|l[àa]|disponible|en ligne|pour (?:me r[ée]pondre|m'aider)|qui (?:peut|pourrait) m'aider)\b|^\W*(?:all[ôo]\W+)?(?:il y a|y a-t-il|y'a) quelqu'un\W*$|\bquelqu'un de (?:r[ée]el|vrai)\b/iu, score: 0.9 },
  { pattern: /(?<!\p{L})(?:rappelez-moi|appelez-moi|rappelle-moi|appelle-moi|me (?:rappeler|t[ée]l[ée]phoner|recontacter)|(?:qu'on|que quelqu'un|qu'(?:un|une) (?:conseill[eè]re?|agent|humain|personne|employ[ée]e?|op[ée]rat(?:eur|rice)|responsable)) me (?:rappelle|contacte|t[ée]l[ée]phone|appelle)|(?:[êe]tre|etre) rappel[ée]e?s?)(?!\p{L})/iu, score: 0.9 },
  // German
  { pattern: /\bmit\s+(?:einem|einer|jemandem|ihrem|ihrer|dem|der|einem echten|einer echten)?\s*(?:echten\s+|richtigen\s+|lebenden\s+)?(?:menschen|mensch|mitarbeiter(?:in)?|berater(?:in)?|ansprechpartner(?:in)?|person|kundenberater(?:in)?|kundendienst|agenten|vorgesetzten|verantwortlichen|zust[äa]ndigen|sachbearbeiter(?:in)?|kundenservice|jemand(?:em)?)\b(?:\s+\S+){0,3}?\s*(?:sprechen|reden|verbinden|verbunden|telefonieren|chatten)\b/iu, score: 0.97 },
  { pattern: /\b(?:verbinden sie mich|stellen sie mich|leiten sie mich|verbinde mich|stell mich)\b|\b(?:ich (?:will|möchte|brauche|hätte gern)|geben sie mir)\s+(?:einen|eine)\s+(?:echten\s+|echte\s+|richtigen\s+|pers[öo]nlichen\s+)?(?:menschen|mitarbeiter(?:in)?|berater(?:in)?|ansprechpartner(?:in)?|person)\b|\b(?:echten menschen|echte person|menschliche[nr]? (?:mitarbeiter(?:in)?|ansprechpartner(?:in)?|berater(?:in)?))\b|\bgibt es (?:hier |da )?(?:einen|eine) (?:echten |echte )?(?:menschen|mitarbeiter(?:in)?|person)\b/iu, score: 0.95 },
  { pattern: /\b(?:ist|sitzt) (?:da|dort|hier) (?:(?:wirklich|überhaupt|auch) )?(?:jemand|ein (?:echter )?mensch)\b|\bjemand(?:en|em)? (?:echtes|echten|aus fleisch und blut)\b|\b(?:ein(?:en)?|mit einem) (?:echte[nr]?|richtige[nr]?) (?:menschen?|mitarbeiter)\b/iu, score: 0.9 },
  { pattern: /\b(?:zur[üu]ckrufen|r[üu]ckruf)\b|\b(?:rufen sie|ruft|ruf) mich\b[^.?!]{0,20}\b(?:an|zur[üu]ck)\b|\b(?:kann|k[öo]nnte|soll)\s+mich\s+(?:bitte\s+)?(?:jemand|ein(?:e)?\s+(?:mitarbeiter(?:in)?|berater(?:in)?))\b[^.?!]{0,20}\b(?:anrufen|kontaktieren)\b/iu, score: 0.9 },
  // A member of staff asked to take the matter on, as in English "can a person look at this", in the other three languages.
  { pattern: /\b(?:puede|puedes|podr[íi]a|podr[íi]as|pueden|podr[íi]an)\b[^.?!]{0,20}\b(?:una persona|un agente|alguien(?: del equipo| de ustedes)?|un asesor|una asesora|un empleado|una empleada|un humano)\s+(?:me\s+|lo\s+|la\s+)?(?:revis\p{L}*|mir\p{L}*|encarg\p{L}*|ocup\p{L}*|atend\p{L}*|llam\p{L}*|contact\p{L}*)|\bque (?:lo |la |me )?(?:revise|mire|atienda|llame|vea)n? (?:una persona|alguien|un agente|un asesor|una asesora|un humano)\b|\b(?:podr[íi]a|puede|pueden|podr[íi]an)\s+(?:encargarse|ocuparse|revisarlo|revisarla|mirarlo|mirarla|atenderme|llamarme|contactarme)\b[^.?!]{0,30}\b(?:alguien|una persona|un agente|un asesor|una asesora|un empleado|una empleada)\b/iu, score: 0.9 },
  { pattern: /\b(?:un|une)\s+(?:vrai(?:e)?\s+)?(?:conseill[eè]re?|agent|humain|personne|employ[ée]e?|op[ée]rat(?:eur|rice)|responsable)\s+(?:pourrait|peut|pourra|pourrez)\s+(?:s'en occuper|s'occuper|regarder|v[ée]rifier|examiner|traiter|me rappeler|m'appeler|me contacter|m'aider|prendre le relais)|\bquelqu'un (?:pourrait|peut)(?:-il)? (?:s'en occuper|regarder|v[ée]rifier|examiner|me rappeler|m'appeler|me contacter)|\bqu'(?:un|une)\s+(?:vrai(?:e)?\s+)?(?:conseill[eè]re?|agent|humain|personne|employ[ée]e?|op[ée]rat(?:eur|rice)|responsable)\s+(?:regarde|s'en occupe|s'occupe|v[ée]rifie|examine|traite|reprenne|prenne le relais|me rappelle|me contacte)\b|\b(?:parler|m'adresser)\s+(?:[àa]|avec)\s+(?:la personne|quelqu'un|celui|celle)\s+qui\s+(?:s'occupe|g[èe]re|traite|peut|pourrait)\b/iu, score: 0.9 },
  { pattern: /\b(?:kann|k[öo]nnte|soll|sollte)\b[^.?!]{0,25}\b(?:ein(?:e|en|er)?\s+(?:echte[rn]?\s+|menschliche[rn]?\s+)?(?:mitarbeiter(?:in)?|mensch|berater(?:in)?|kollege|kollegin|sachbearbeiter(?:in)?|person)|jemand(?: von ihnen| aus ihrem team)?)\b[^.?!]{0,40}\b(?:pr[üu]fen|ansehen|anschauen|bearbeiten|[üu]bernehmen|k[üu]mmern|anrufen|zur[üu]ckrufen|melden|kontaktieren)\b/iu, score: 0.9 },
  // The person alone, as a whole message: "Un conseiller, s'il vous plaît", "Bitte einen Mitarbeiter".
  { pattern: /^[\s¿¡]*(?:(?:hola|bonjour|hallo|bitte|por favor)[\s,]+)?(?:un |una |une |einen |eine |ein )?(?:agente|agent|humano|persona|operador(?:a)?|asesor(?:a)?|conseill[eè]re?|humain|vraie personne|op[ée]rat(?:eur|rice)|mitarbeiter(?:in)?|menschen|mensch|berater(?:in)?|ansprechpartner(?:in)?)(?:[\s,]+(?:por favor|porfa|s'il vous pla[iî]t|svp|stp|bitte|ya|maintenant|sofort|jetzt))*[\s.!?]*$/iu, score: 0.95 },
].map(({ pattern, score }) => ({ pattern: anyLetterBoundaries(pattern), score }));

/** Phrasings that mention a person without asking for one. */
const NOT_A_REQUEST: readonly RegExp[] = [
  /\b(?:don'?t|do not|no need to|never)\s+(?:want|need|have)?\s*(?:to\s+)?(?:talk|speak|be transferred|transfer|connect)\w*\s+(?:me\s+)?(?:to|with)\s+(?:a|an|the|any)?\s*(?:human|person|agent|someone|anyone)/iu,
  /\bask (?:an?|the|your) (?:agent|human|person|representative|rep)\s+(?:where|how|if|whether|what|when|why|to|for|about)\b/iu,
  /(?<!\b(?:real|actual|live)\s)\bhumans? (?:body|rights|resources|error|nature)\b|(?<!\b(?:real|actual|live|a|to|with)\s)\bhuman beings?\b/iu,
].map(anyLetterBoundaries);

/**
 * The classifier only knows the shop's intents, so any out-of-domain line that mentions a person
 * ("a table for one person") lands on `contact_human_agent`. Its vote therefore counts only when
 * the message, allowing for one typo per word, both names someone and a way of reaching them.
 */
const PERSON_WORDS = ["person", "someone", "somebody", "human", "agent", "operator", "assistant", "representative", "rep", "manager", "staff", "supervisor", "advisor", "people"];
const CONTACT_WORDS = ["talk", "speak", "chat", "contact", "reach", "direct", "connect", "call", "escalate", "available"];

/** Also matches inflections ("talking"), typos ("spraking") and words run together ("totalk"). */
function mentions(words: readonly string[], targets: readonly string[]): boolean {
  return words.some((word) =>
    targets.some(
      (target) =>
        withinOneEdit(word.slice(0, target.length), target) ||
        withinOneEdit(word.slice(0, target.length + 1), target) ||
        (target.length >= 4 && word.includes(target)),
    ),
  );
}

/**
 * The words a request for a person turns on, which customers in a hurry often mistype ("somneone",
 * "eprson", "ocntact") or run into the word before ("tosomebody"). Only words of five letters or
 * more: shorter ones are one typo away from too many others.
 */
const KEY_WORDS = ["person", "people", "someone", "somebody", "human", "agent", "operator", "assistant", "representative", "manager", "supervisor", "speak", "contact", "connect", "transfer", "available"];
/** Short key words, repaired only when two neighbouring letters are swapped ("tlak"), the commonest slip that makes no other word. */
const SHORT_KEY_WORDS = ["talk", "chat", "want", "need", "real", "live"];

/** Real words one edit away from a key word. */
const NOT_TYPOS = new Set(["contract", "humane"]);

/** The text with mistyped key words spelled right and run-together ones split, for the patterns to read. */
/** Words one letter from "talk" that are real ones; any other such word before "to" or "with" is "talk" mistyped ("taok to an agent"). */
const NOT_TALK = new Set(["tall", "tale", "task", "tack", "tank", "talc", "walk", "balk", "chalk", "stalk"]);

function repairKeyWords(text: string): string {
  // Shorthand and split words of a hurried message: "w/ an agent", "some one".
  const expanded = text.replace(/(?<!\p{L})w\/\s*/giu, "with ").replace(/\b(some)\s+(one|body)\b/giu, "$1$2");
  return expanded.replace(/\p{L}+(?=(\s+(?:to|with)\b)?)/gu, (word, beforeToOrWith: string | undefined) => {
    const lower = word.toLowerCase();
    if (KEY_WORDS.includes(lower) || NOT_TYPOS.has(lower)) return word;
    if (beforeToOrWith && !NOT_TALK.has(lower) && lower !== "talk" && withinOneEdit(lower, "talk", 4)) return "talk";
    const mistyped = KEY_WORDS.find((target) => withinOneEdit(lower, target)) ?? SHORT_KEY_WORDS.find((target) => swappedNeighbours(lower, target));
    if (mistyped) return mistyped;
    const glued = KEY_WORDS.find((target) => lower.length > target.length + 1 && lower.endsWith(target));
    return glued ? `${lower.slice(0, -glued.length)} ${glued}` : word;
  });
}

function classifierMayVote(text: string): boolean {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  return mentions(words, PERSON_WORDS) && mentions(words, CONTACT_WORDS);
}

const CLASSIFIER_LABEL = "contact_human_agent";
const REQUEST_THRESHOLD = 0.5;

export function detectHumanRequest(text: string, classifier?: HumanRequestClassifier): HumanRequestResult {
  const evidence: HumanRequestEvidence[] = [];
  let patternScore = 0;
  const repaired = repairKeyWords(text);
  for (const { pattern, score } of PATTERNS) {
    // Most messages need no repair, and a pattern that missed the text would miss it again.
    const match = text.match(pattern) ?? (repaired === text ? null : repaired.match(pattern));
    if (match) {
      evidence.push({ source: "pattern", detail: match[0].trim() });
      patternScore = Math.max(patternScore, score);
    }
  }
  const probability = classifier && classifierMayVote(text) ? classifier.probabilityOf(text, CLASSIFIER_LABEL) : 0;
  if (probability >= 0.2) evidence.push({ source: "classifier", detail: `${CLASSIFIER_LABEL} ${probability.toFixed(2)}` });

  // The two sources are combined as independent evidence; a pattern hit alone is enough to ask.
  let score = 1 - (1 - patternScore) * (1 - probability);
  if (NOT_A_REQUEST.some((pattern) => pattern.test(text))) score *= 0.3;
  return { requested: score >= REQUEST_THRESHOLD, score, evidence };
}
