import type { TranslatedArticle } from "./article-translations";

/**
 * The most-asked help-centre articles in German, with the same facts and slugs as the English
 * ones. Buttons keep the English names the shop shows on screen.
 */
export const germanArticles: TranslatedArticle[] = [
  {
    slug: "return-policy",
    title: "Unsere Rückgabebedingungen",
    tags: ["rückgabe", "rücksendung", "zurückgeben", "zurückschicken", "rückgaberecht", "rückgabefrist", "erstattung", "30 tage", "60 tage"],
    body: `Doch anders entschieden? Die meisten Artikel können Sie innerhalb von **30 Tagen nach der Lieferung** zurückgeben. Mitglieder von Lumen Plus **Pro** und **Premium** haben eine verlängerte Rückgabefrist von **60 Tagen**. Für Lumen Plus Basic gelten die üblichen 30 Tage.

Damit wir eine Rücksendung annehmen, muss der Artikel:

1. unbenutzt und im selben Zustand sein, in dem Sie ihn erhalten haben,
2. in der Originalverpackung mit allem Zubehör, allen Anleitungen und Kabeln zurückkommen,
3. auf der Bestellung stehen, aus der Sie ihn zurückgeben.

Manche Produkte sind von der Rückgabe ausgeschlossen, etwa Geschenkkarten und geöffnete Körperpflegeprodukte. Die vollständige Liste steht im Artikel „Items that can't be returned“ (auf Englisch).

Die Rücksendung ist kostenlos, wenn der Artikel beschädigt oder defekt ankam oder nicht dem entsprach, was Sie bestellt haben. Bei allen anderen Rücksendungen ziehen wir eine Pauschale von 5,95 $ (7,95 CA$ / 5,95 €) von der Erstattung ab, außer Sie sind Premium-Mitglied.

Sobald Ihre Rücksendung in unserem Lager ankommt, erstatten wir den Betrag innerhalb von 5–10 Werktagen auf Ihre ursprüngliche Zahlungsmethode.`,
  },
  {
    slug: "how-to-start-a-return",
    title: "So starten Sie eine Rücksendung",
    tags: ["rücksendung", "rücksendung starten", "rücksendeetikett", "zurückschicken", "rücksendeanfrage", "abgeben", "erstattung", "geld zurück"],
    body: `Eine Rücksendung starten Sie in wenigen Minuten online. Vorher Kontakt mit uns aufzunehmen ist nicht nötig.

1. Melden Sie sich an und öffnen Sie **Account > Orders**.
2. Wählen Sie die Bestellung und klicken Sie auf **Return items**.
3. Wählen Sie die Artikel und jeweils einen Grund.
4. Wählen Sie **Refund** (Erstattung) oder **Exchange** (Umtausch).
5. Laden Sie das vorfrankierte Rücksendeetikett herunter und drucken Sie es aus, oder zeigen Sie den QR-Code an einer Abgabestelle des Versanddienstleisters vor.
6. Verpacken Sie die Artikel sicher in der Originalverpackung und geben Sie das Paket innerhalb von 14 Tagen ab.

Lautet der Grund „beschädigt“, „defekt“ oder „falscher Artikel“, ist das Etikett kostenlos. Andernfalls ziehen wir pauschal 5,95 $ (7,95 CA$ / 5,95 €) von Ihrer Erstattung ab. Mitglieder von Lumen Plus Premium erhalten das Rücksendeetikett immer kostenlos.

Wir schreiben Ihnen, sobald das Paket gescannt wird, und noch einmal, wenn es in unserem Lager ankommt. Ihre Erstattung folgt innerhalb von 5–10 Werktagen danach.`,
  },
  {
    slug: "refund-policy-and-timing",
    title: "Erstattungen: Ablauf und wann Sie Ihr Geld zurückbekommen",
    tags: ["erstattung", "rückerstattung", "geld zurück", "wann bekomme ich mein geld", "erstattungsstatus", "dauer der erstattung", "wo bleibt meine erstattung"],
    body: `Erstattungen gehen immer an die **ursprüngliche Zahlungsmethode**. Haben Sie mit einer Geschenkkarte bezahlt, erhalten Sie diesen Teil als Guthaben im Shop zurück.

**Dauer.** Sobald Ihre Rücksendung in unserem Lager ankommt, prüfen wir sie und erstatten den Betrag innerhalb von **5–10 Werktagen**. Die meisten Erstattungen veranlassen wir innerhalb von 2 Werktagen nach Eingang; die restliche Zeit braucht Ihre Bank oder PayPal für die Bearbeitung.

**Status prüfen:**

1. Öffnen Sie **Account > Orders** und dann die Bestellung.
2. Die Rücksendung zeigt einen dieser Status: *Label created*, *In transit*, *Received* oder *Refunded*.
3. Steht dort *Refunded*, ist das Geld unterwegs, und Sie erhalten zusätzlich eine E-Mail.

**Was erstattet wird.** Sie erhalten den Preis zurück, den Sie für die Artikel bezahlt haben. Die ursprünglichen Versandkosten erstatten wir nur, wenn der Artikel beschädigt oder defekt war oder irrtümlich verschickt wurde. Bei Rücksendungen, weil Sie es sich anders überlegt haben, ziehen wir die Rücksendegebühr von 5,95 $ (7,95 CA$ / 5,95 €) ab.

Sind seit *Received* 10 Werktage vergangen, melden Sie sich bitte mit Ihrer Bestellnummer bei uns.`,
  },
  {
    slug: "delivery-times-and-shipping-costs",
    title: "Lieferzeiten und Versandkosten",
    tags: ["versand", "lieferung", "lieferzeit", "wie lange dauert der versand", "versandkosten", "kostenloser versand", "express", "standardversand", "kanada", "eu", "usa"],
    body: `Wir liefern in die **USA, nach Kanada und in die Europäische Union**. Bestellungen verlassen unser Lager innerhalb von **1 Werktag**; die Lieferzeiten zählen ab dem Versand.

| Region | Standard | Express |
| --- | --- | --- |
| USA | 3–5 Werktage, 5,99 $ | 1–2 Werktage, 14,99 $ |
| Kanada | 5–8 Werktage, 9,99 CA$ | 2–4 Werktage, 24,99 CA$ |
| EU | 7–12 Werktage, 8,99 € | 3–5 Werktage, 19,99 € |

**Kostenloser Standardversand** gilt für Bestellungen ab **50 $** (65 CA$ / 50 €) nach Abzug von Rabatten.

Mitglieder von Lumen Plus haben zusätzliche Versandvorteile:

1. **Basic:** kostenloser Standardversand für Bestellungen ab 25 $.
2. **Pro:** kostenloser Standardversand für jede Bestellung.
3. **Premium:** kostenloser Expressversand für jede Bestellung.

Große Artikel wie Zelte und Möbel können bis zu 2 Werktage länger brauchen. An Postfächer und außerhalb dieser Regionen liefern wir derzeit nicht.`,
  },
  {
    slug: "track-your-order",
    title: "Ihre Bestellung verfolgen",
    tags: ["sendungsverfolgung", "bestellung verfolgen", "wo ist meine bestellung", "sendungsnummer", "bestellstatus", "lieferung", "paket"],
    body: `Sobald Ihre Bestellung unser Lager verlässt, schicken wir Ihnen per E-Mail einen **Link zur Sendungsverfolgung**. Sie können sie auch jederzeit selbst verfolgen:

1. Melden Sie sich an und öffnen Sie **Account > Orders**.
2. Wählen Sie die Bestellung.
3. Klicken Sie neben der jeweiligen Sendung auf **Track parcel**.

Bestellungen mit mehreren Artikeln können in mehreren Paketen verschickt werden, jedes mit eigener Sendungsnummer.

**Sendungsverfolgung aktualisiert sich nicht?** Bei einer neuen Sendungsnummer kann es bis zu **24 Stunden** dauern, bis der erste Scan erscheint. Internationale Pakete nach Kanada und in die EU können außerdem stehen bleiben, während sie an der Grenze den Versanddienstleister wechseln. Das ist normal.

Was die Bestellstatus bedeuten:

- **Processing:** Ihre Bestellung ist bei uns eingegangen und kann noch storniert werden.
- **Packed:** Sie ist versandbereit und kann nicht mehr geändert werden.
- **Shipped:** Sie ist beim Versanddienstleister.
- **Delivered:** Der Versanddienstleister hat die Zustellung bestätigt.

Ist Ihr Paket über das voraussichtliche Lieferdatum hinaus, lesen Sie den Artikel „My package is delayed or lost“ (auf Englisch).`,
  },
  {
    slug: "payment-methods-and-currencies",
    title: "Zahlungsarten und Währungen",
    tags: ["zahlungsarten", "zahlungsmethoden", "bezahlen", "kreditkarte", "paypal", "apple pay", "google pay", "währung", "usd", "cad", "eur", "geschenkkarte"],
    body: `Wir akzeptieren folgende Zahlungsarten:

- Visa, Mastercard und American Express (alle Regionen)
- Discover (nur USA)
- PayPal
- Apple Pay und Google Pay
- Lumen-Geschenkkarten und Shop-Guthaben, kombinierbar mit allen oben genannten

Nachnahme, Schecks und Banküberweisungen akzeptieren wir für Privatbestellungen nicht.

**Währungen.** Preise und Belastungen richten sich nach der Währung Ihres Lieferlandes:

1. Bestellungen in die **USA** werden in US-Dollar (USD) belastet.
2. Bestellungen nach **Kanada** werden in kanadischen Dollar (CAD) belastet.
3. Bestellungen in die **EU** werden in Euro (EUR) belastet.

Eine andere Währung können Sie an der Kasse nicht wählen. Lautet Ihre Karte auf eine andere Währung, rechnet Ihre Bank den Betrag um und berechnet eventuell eine Auslandseinsatzgebühr; darauf haben wir keinen Einfluss.

Lumen Plus-Mitgliedschaften werden in der Währung des Landes Ihres Kontos abgerechnet.`,
  },
  {
    slug: "cancel-an-order",
    title: "Eine Bestellung stornieren",
    tags: ["stornieren", "bestellung stornieren", "stornierung", "abbestellen", "anders überlegt", "erstattung", "bestellung"],
    body: `Innerhalb von **2 Stunden** nach der Bestellung können Sie sie selbst stornieren:

1. Öffnen Sie **Account > Orders**.
2. Wählen Sie die Bestellung.
3. Klicken Sie auf **Cancel order** und bestätigen Sie.

**Nach 2 Stunden** melden Sie sich bitte so schnell wie möglich bei uns. Solange die Bestellung noch nicht **verpackt** ist, können wir sie noch stornieren. Ist sie verpackt oder verschickt, geht das nicht mehr; Sie können sie aber nach der Lieferung nach unseren üblichen Rückgabebedingungen zurückschicken.

Einzelne Artikel einer Bestellung mit mehreren Artikeln können Sie stornieren, solange sie auf *Processing* steht.

**Erstattung bei stornierten Bestellungen.** Sie müssen nichts weiter tun:

- War die Zahlung noch eine ausstehende Reservierung, wird sie sofort freigegeben; Ihre Bank braucht aber eventuell 3–7 Werktage, bis sie von Ihrem Kontoauszug verschwindet.
- Wurden Sie bereits belastet (zum Beispiel bei einer PayPal-Zahlung), erstatten wir den Betrag innerhalb von 5–10 Werktagen auf Ihre ursprüngliche Zahlungsmethode.
- Beträge aus Geschenkkarten und Shop-Guthaben gehen sofort in Ihre Geldbörse zurück.`,
  },
  {
    slug: "change-order-or-shipping-address",
    title: "Eine Bestellung oder ihre Lieferadresse ändern",
    tags: ["bestellung ändern", "bestellung bearbeiten", "adresse ändern", "falsche adresse", "lieferadresse", "artikel hinzufügen", "artikel entfernen"],
    body: `Innerhalb von **2 Stunden** nach der Bestellung können Sie sie selbst ändern, solange ihr Status *Processing* ist.

1. Öffnen Sie **Account > Orders** und wählen Sie die Bestellung.
2. Klicken Sie auf **Edit order**.
3. Ändern Sie Lieferadresse, Versandart oder Stückzahlen, oder entfernen Sie Artikel.
4. Klicken Sie auf **Save changes**. Sie erhalten eine aktualisierte Bestätigung per E-Mail.

Ändert sich die Summe, passen wir die Reservierung auf Ihrer Karte an oder erstatten die Differenz.

**Kein Edit order zu sehen?** Nach 2 Stunden melden Sie sich bitte bei uns. Solange die Bestellung nicht verpackt ist, können wir noch Änderungen vornehmen. Ist sie verpackt, lässt sie sich nicht mehr ändern.

**Adressänderung nach dem Versand.** Ein Paket, das unser Lager verlassen hat, können wir nicht mehr umleiten. Über die Sendungsverfolgung des Versanddienstleisters können Sie eine Umleitung oder Lagerung in einer Filiale beantragen, sofern er das anbietet.

**Artikel hinzufügen.** Zu einer bestehenden Bestellung lassen sich keine Artikel hinzufügen. Geben Sie stattdessen eine zweite Bestellung auf; werden beide am selben Tag verschickt, versuchen wir, sie zusammenzulegen.`,
  },
  {
    slug: "reset-password-and-locked-account",
    title: "Passwort zurücksetzen oder Konto entsperren",
    tags: ["passwort zurücksetzen", "passwort vergessen", "passwort", "konto gesperrt", "kann mich nicht anmelden", "anmelden", "login"],
    body: `**Passwort vergessen?**

1. Klicken Sie auf der Anmeldeseite auf **Forgot password?**
2. Geben Sie die E-Mail-Adresse Ihres Kontos ein.
3. Öffnen Sie die E-Mail von Lumen & Co. und klicken Sie auf den Link zum Zurücksetzen.
4. Wählen Sie ein neues Passwort mit mindestens 10 Zeichen.

Der Link ist **30 Minuten** gültig und nur einmal verwendbar. Ist er abgelaufen, fordern Sie einen neuen an; es funktioniert nur der jeweils neueste Link. Nach 10 Minuten noch keine E-Mail? Sehen Sie im Spam-Ordner nach und prüfen Sie, ob Sie die richtige Adresse eingegeben haben.

**Konto gesperrt?** Zu Ihrer Sicherheit wird Ihr Konto nach **5 fehlgeschlagenen Anmeldeversuchen** in Folge für **30 Minuten** gesperrt. Wir informieren Sie dann per E-Mail. Sie können:

- 30 Minuten warten und es erneut versuchen, oder
- Ihr Passwort wie oben beschrieben zurücksetzen, wodurch Ihr Konto sofort entsperrt wird.

Stammen diese Versuche nicht von Ihnen, setzen Sie Ihr Passwort zurück und aktivieren Sie die Zwei-Faktor-Authentifizierung.`,
  },
  {
    slug: "damaged-defective-or-missing-items",
    title: "Beschädigte, defekte oder fehlende Artikel",
    tags: ["beschädigt", "kaputt", "defekt", "funktioniert nicht", "fehlender artikel", "unvollständige bestellung", "falscher artikel", "ersatz", "erstattung"],
    body: `Es tut uns leid, wenn Ihre Bestellung nicht so angekommen ist, wie sie sollte. Wir bringen das für Sie kostenlos in Ordnung.

**Bei Ankunft beschädigt oder defekt.** Melden Sie es innerhalb von **7 Tagen nach der Lieferung**:

1. Öffnen Sie **Account > Orders**, wählen Sie die Bestellung und klicken Sie auf **Report a problem**.
2. Fügen Sie eine kurze Beschreibung und ein oder zwei Fotos von Artikel und Verpackung hinzu.
3. Wählen Sie kostenlosen Ersatz oder die volle Erstattung einschließlich der ursprünglichen Versandkosten.

Wir schicken Ihnen ein kostenloses Rücksendeetikett. Bei Artikeln mit geringem Wert bitten wir Sie eventuell, den Artikel zu recyceln, statt ihn zurückzuschicken.

**Fehlende Artikel.** Größere Bestellungen werden manchmal in mehreren Paketen verschickt. Prüfen Sie daher zuerst Ihre Versand-E-Mails auf mehrere Sendungsnummern. Ist alles zugestellt und fehlt trotzdem etwas, melden Sie es innerhalb von **14 Tagen nach der Lieferung** über denselben Button **Report a problem**. Nennen Sie uns den fehlenden Artikel, und wir schicken ihn nach oder erstatten ihn.

Mängel, die später auftreten, deckt die Produktgarantie ab.`,
  },
];
