import type { TranslatedArticle } from "./article-translations";

/**
 * The whole help centre in German, written for German-speaking customers with the same facts,
 * slugs and sections as the English articles. Buttons keep the English names the shop shows on screen.
 */
export const germanArticles: TranslatedArticle[] = [
  {
    slug: "return-policy",
    title: "Unsere Rückgabebedingungen",
    tags: ["rückgabe", "rücksendung", "zurückgeben", "zurückschicken", "rückgaberecht", "rückgabefrist", "erstattung", "30 tage", "60 tage", "wie lange habe ich zeit für eine rückgabe", "wie viele tage habe ich zum zurückgeben", "kann ich etwas zurückgeben, das ich letzten monat gekauft habe?", "brauche ich die originalverpackung?", "ist die rücksendung kostenlos?", "haben mitglieder eine längere rückgabefrist?", "rückgabebedingungen", "unbenutzte artikel zurückgeben", "kann ich es auch ohne originalkarton zurückgeben?", "in welchem zustand muss ein artikel für die rückgabe sein?"],
    body: `Doch anders entschieden? Die meisten Artikel können Sie innerhalb von **30 Tagen nach der Lieferung** zurückgeben. Mitglieder von Lumen Plus **Pro** und **Premium** haben eine verlängerte Rückgabefrist von **60 Tagen**. Für Lumen Plus Basic gelten die üblichen 30 Tage.

Damit wir eine Rücksendung annehmen, muss der Artikel:

1. unbenutzt und im selben Zustand sein, in dem Sie ihn erhalten haben,
2. in der Originalverpackung mit allem Zubehör, allen Anleitungen und Kabeln zurückkommen,
3. auf der Bestellung stehen, aus der Sie ihn zurückgeben.

Manche Produkte sind von der Rückgabe ausgeschlossen, etwa Geschenkkarten und geöffnete Körperpflegeprodukte. Die vollständige Liste steht im Artikel „Artikel, die nicht zurückgegeben werden können“.

Die Rücksendung ist kostenlos, wenn der Artikel beschädigt oder defekt ankam oder nicht dem entsprach, was Sie bestellt haben. Bei allen anderen Rücksendungen ziehen wir eine Pauschale von 5,95 $ (7,95 CA$ / 5,95 €) von der Erstattung ab, außer Sie sind Premium-Mitglied.

Sobald Ihre Rücksendung in unserem Lager ankommt, erstatten wir den Betrag innerhalb von 5–10 Werktagen auf Ihre ursprüngliche Zahlungsmethode.`,
  },
  {
    slug: "how-to-start-a-return",
    title: "So starten Sie eine Rücksendung",
    tags: ["rücksendung", "rücksendung starten", "rücksendeetikett", "zurückschicken", "rücksendeanfrage", "abgeben", "erstattung", "geld zurück", "wie schicke ich etwas zurück?", "wie gebe ich einen artikel zurück?", "wo bekomme ich ein rücksendeetikett?", "welche schritte sind für eine rücksendung nötig?", "wo gebe ich meine rücksendung ab?", "muss ich mich vor der rücksendung melden?", "was muss ich tun, um einen artikel zurückzuschicken?", "ich muss etwas zurücksenden, wie geht das?", "ablauf der rücksendung", "wie funktioniert eine rücksendung?", "rücksendung ohne drucker"],
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
    tags: ["erstattung", "rückerstattung", "geld zurück", "wann bekomme ich mein geld", "erstattungsstatus", "dauer der erstattung", "wo bleibt meine erstattung", "wann bekomme ich meine erstattung?", "wie lange dauert eine erstattung?", "wohin geht meine erstattung?", "werden die versandkosten erstattet?", "wie sehe ich den status meiner erstattung?", "erstattung auf meine karte", "geht die erstattung zurück auf meine karte?", "erstattung auf die ursprüngliche zahlungsmethode", "mein geld von der rücksendung ist noch nicht da"],
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
    tags: ["versand", "lieferung", "lieferzeit", "wie lange dauert der versand", "versandkosten", "kostenloser versand", "express", "standardversand", "kanada", "eu", "usa", "was kostet der versand?", "wie lange dauert die lieferung?", "gibt es kostenlosen versand?", "wie schnell ist der expressversand?", "lieferzeiten", "wann wird meine bestellung verschickt?"],
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
    tags: ["sendungsverfolgung", "bestellung verfolgen", "wo ist meine bestellung", "sendungsnummer", "bestellstatus", "lieferung", "paket", "wie verfolge ich mein paket?", "wo ist mein paket?", "wo finde ich meine sendungsnummer?", "wie sehe ich den status meiner bestellung?", "warum wird die sendungsverfolgung nicht aktualisiert?"],
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

Ist Ihr Paket über das voraussichtliche Lieferdatum hinaus, lesen Sie den Artikel „Mein Paket ist verspätet oder verloren gegangen“.`,
  },
  {
    slug: "payment-methods-and-currencies",
    title: "Zahlungsarten und Währungen",
    tags: ["zahlungsarten", "zahlungsmethoden", "bezahlen", "kreditkarte", "paypal", "apple pay", "google pay", "währung", "usd", "cad", "eur", "geschenkkarte", "welche zahlungsmöglichkeiten gibt es?", "akzeptiert ihr paypal?", "kann ich mit apple pay oder google pay bezahlen?", "welche kreditkarten nehmt ihr?", "in welcher währung wird abgebucht?", "kann ich in raten zahlen?", "nachnahme", "überweisung", "kann ich bar bezahlen?"],
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
    tags: ["stornieren", "bestellung stornieren", "stornierung", "abbestellen", "anders überlegt", "erstattung", "bestellung", "wie storniere ich meine bestellung?", "kann ich eine bereits verpackte bestellung stornieren?", "ist es zu spät zum stornieren?", "wie bekomme ich mein geld für eine stornierte bestellung zurück?"],
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
    tags: ["bestellung ändern", "bestellung bearbeiten", "adresse ändern", "falsche adresse", "lieferadresse", "artikel hinzufügen", "artikel entfernen", "wie ändere ich meine lieferadresse?", "ich habe die falsche adresse angegeben", "falsche postleitzahl angegeben", "kann ich einen artikel zu meiner bestellung hinzufügen?", "kann ich etwas aus meiner bestellung entfernen?", "wie ändere ich eine bestellung?"],
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
    tags: ["passwort zurücksetzen", "passwort vergessen", "passwort", "konto gesperrt", "kann mich nicht anmelden", "anmelden", "login", "ich habe mein passwort vergessen", "wie setze ich mein passwort zurück?", "mein konto ist gesperrt", "der link zum zurücksetzen funktioniert nicht", "ich kann mich nicht anmelden"],
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
    tags: ["beschädigt", "kaputt", "defekt", "funktioniert nicht", "fehlender artikel", "unvollständige bestellung", "falscher artikel", "ersatz", "erstattung", "mein artikel kam kaputt an", "das produkt funktioniert direkt nach dem auspacken nicht", "in meinem paket fehlt ein artikel", "ich habe den falschen artikel bekommen", "wie melde ich eine beschädigte lieferung?", "defekt angekommen", "in teilen angekommen", "zerdrückt angekommen", "neuer artikel geht nicht an", "mit dellen oder kratzern angekommen"],
    body: `Es tut uns leid, wenn Ihre Bestellung nicht so angekommen ist, wie sie sollte. Wir bringen das für Sie kostenlos in Ordnung.

**Bei Ankunft beschädigt oder defekt.** Melden Sie es innerhalb von **7 Tagen nach der Lieferung**:

1. Öffnen Sie **Account > Orders**, wählen Sie die Bestellung und klicken Sie auf **Report a problem**.
2. Fügen Sie eine kurze Beschreibung und ein oder zwei Fotos von Artikel und Verpackung hinzu.
3. Wählen Sie kostenlosen Ersatz oder die volle Erstattung einschließlich der ursprünglichen Versandkosten.

Wir schicken Ihnen ein kostenloses Rücksendeetikett. Bei Artikeln mit geringem Wert bitten wir Sie eventuell, den Artikel zu recyceln, statt ihn zurückzuschicken.

**Fehlende Artikel.** Größere Bestellungen werden manchmal in mehreren Paketen verschickt. Prüfen Sie daher zuerst Ihre Versand-E-Mails auf mehrere Sendungsnummern. Ist alles zugestellt und fehlt trotzdem etwas, melden Sie es innerhalb von **14 Tagen nach der Lieferung** über denselben Button **Report a problem**. Nennen Sie uns den fehlenden Artikel, und wir schicken ihn nach oder erstatten ihn.

Mängel, die später auftreten, deckt die Produktgarantie ab.`,
  },
  {
    slug: "non-returnable-items",
    title: "Artikel, die nicht zurückgegeben werden können",
    tags: ["nicht rückgabefähig", "von der rückgabe ausgeschlossen", "ausverkauf", "geschenkkarte", "körperpflege", "hygiene", "ausnahmen", "kann ich eine geschenkkarte zurückgeben?", "kann ich geöffnete körperpflegeprodukte zurückgeben?", "kann man kaffee oder lebensmittel zurückgeben?", "kann ich einen gravierten oder personalisierten artikel zurückgeben?", "was bedeutet final sale", "geöffneter artikel", "kann ich etwas zurückgeben, das ich geöffnet habe?", "reduzierter artikel", "versiegelte lebensmittel"],
    body: `Aus Gesundheits-, Sicherheits- und rechtlichen Gründen sind einige Produkte von der Rückgabe ausgeschlossen, es sei denn, sie kommen beschädigt oder defekt an:

- **Geschenkkarten** und Lumen-E-Geschenkkarten.
- **Geöffnete Körperpflegeprodukte** wie elektrische Zahnbürsten, Rasierer und Massagegeräte. Ungeöffnet und original versiegelt können sie ganz normal zurückgegeben werden.
- **Lebensmittel und Getränke**, auch Kaffeebohnen und Tee.
- **Personalisierte oder gravierte Artikel**, die für Sie angefertigt wurden.
- Artikel, die auf der Produktseite als **Final sale** (Endverkauf) gekennzeichnet sind.

Hat einer dieser Artikel einen Mangel, sind Sie trotzdem abgesichert: Melden Sie ihn innerhalb von 7 Tagen nach der Lieferung, und wir ersetzen oder erstatten ihn. Mängel, die später auftreten, fallen unter die Produktgarantie (1 Jahr, für Kundinnen und Kunden in der EU 2 Jahre).

Lumen-Plus-Mitgliedschaften sind keine physischen Waren und werden nicht zurückgegeben. Wie Sie eine Mitgliedschaft beenden, steht unter „Lumen-Plus-Mitgliedschaft kündigen oder pausieren“.`,
  },
  {
    slug: "exchanges",
    title: "Einen Artikel umtauschen",
    tags: ["umtausch", "umtauschen", "tauschen", "andere farbe", "andere größe", "andere variante", "falsche farbe", "ersetzen", "kann ich einen artikel gegen eine andere größe oder farbe tauschen?", "wie tausche ich einen artikel um?", "kostet ein umtausch etwas?", "was, wenn die neue variante teurer ist?", "gegen einen anderen tauschen", "gegen eine andere größe tauschen", "differenz zahlen", "umtausch statt erstattung", "kostet der umtausch rücksendegebühren?", "zu klein oder zu groß", "eine größe größer oder kleiner"],
    body: `Möchten Sie dasselbe Produkt in einer anderen Farbe, Größe oder Variante, können Sie es umtauschen, statt es gegen Erstattung zurückzugeben. Für den Umtausch gilt dieselbe Frist wie für Rücksendungen: 30 Tage ab Lieferung, für Mitglieder von Lumen Plus Pro und Premium 60 Tage.

1. Gehen Sie zu **Account > Orders** und wählen Sie die Bestellung aus.
2. Klicken Sie auf **Return items** und wählen Sie **Exchange** (Umtausch).
3. Wählen Sie die neue Variante. Kostet sie mehr, zahlen Sie die Differenz; kostet sie weniger, erstatten wir Ihnen die Differenz.
4. Schicken Sie den ursprünglichen Artikel mit dem vorfrankierten Etikett zurück.

Wir versenden den Ersatz, sobald der Versanddienstleister Ihr Paket scannt – Sie müssen also nicht warten, bis es bei uns ankommt. Für einen Umtausch fällt keine Rücksendegebühr an.

Sie möchten ein ganz anderes Produkt? Geben Sie den Artikel gegen Erstattung zurück und bestellen Sie neu. Das geht meist schneller, und Sie können aktuelle Gutscheincodes nutzen.`,
  },
  {
    slug: "partial-refunds-and-store-credit",
    title: "Teilerstattungen und Guthaben",
    tags: ["teilerstattung", "teilweise erstattung", "guthaben", "shop-guthaben", "erstattung", "weniger erstattet als erwartet", "wallet", "geschenkkartenguthaben", "warum ist meine erstattung niedriger als erwartet?", "kann ich guthaben statt einer erstattung bekommen?", "verfällt das guthaben?", "warum habe ich nur einen teil meines geldes zurückbekommen?", "guthaben auszahlen lassen", "kontoguthaben"],
    body: `**Warum ist meine Erstattung niedriger als erwartet?** Eine Erstattung kann geringer ausfallen, wenn:

- Sie nur einen Teil der Artikel einer Bestellung zurückgeschickt haben.
- bei einer Rücksendung, weil Sie es sich anders überlegt haben, die Rücksendegebühr von 5,95 $ (7,95 CA$ / 5,95 €) abgezogen wurde.
- ein Artikel benutzt, beschädigt oder ohne Zubehör zurückkam. Wir schicken Ihnen Fotos per E-Mail und erklären den Abzug.
- ein Gutscheincode für die ganze Bestellung galt; der Rabatt wird auf die Artikel verteilt.

**Guthaben.** Statt einer Erstattung auf Ihre Karte können Sie beim Start der Rücksendung Guthaben wählen. Das Guthaben wird gutgeschrieben, sobald die Rücksendung bei uns eingeht, und ist damit schneller als eine Kartenerstattung. Das Guthaben:

1. erscheint unter **Account > Wallet**.
2. wird an der Kasse automatisch verrechnet (das können Sie ausschalten).
3. verfällt nie und kann nicht bar ausgezahlt werden.

Erstattungen für Bestellungen, die mit einer Geschenkkarte bezahlt wurden, erfolgen immer als Guthaben. Wenn Sie Ihr Konto löschen, verfällt das Guthaben.`,
  },
  {
    slug: "payment-declined",
    title: "Meine Zahlung ist fehlgeschlagen oder wurde abgelehnt",
    tags: ["zahlung abgelehnt", "zahlung fehlgeschlagen", "karte abgelehnt", "kreditkarte abgelehnt", "kann nicht bezahlen", "fehler beim bezahlen", "3d secure", "warum wurde meine karte abgelehnt?", "meine zahlung schlägt an der kasse immer fehl", "die bestätigung meiner bank ist fehlgeschlagen", "was tun, wenn die zahlung nicht durchgeht", "die karte geht nicht durch", "die transaktion geht nicht durch", "meine karte wird abgelehnt, funktioniert aber woanders"],
    body: `Ob eine Zahlung abgelehnt wird, entscheidet fast immer Ihre Bank oder Ihr Kartenanbieter – den genauen Grund erfahren wir nicht. Das sollten Sie prüfen:

1. **Kartendaten.** Geben Sie Kartennummer, Ablaufdatum und Sicherheitscode erneut ein.
2. **Rechnungsadresse.** Sie muss mit der Adresse übereinstimmen, die Ihre Bank hinterlegt hat, einschließlich Postleitzahl.
3. **Deckung und Limits.** Achten Sie darauf, dass die Karte ausreichend gedeckt ist und kein Tageslimit erreicht wurde.
4. **Sicherheitsprüfung.** Bestätigen Sie den 3-D-Secure-Schritt in Ihrer Banking-App, wenn Sie dazu aufgefordert werden. Pop-up-Blocker können ihn verdecken.
5. **Sperre der Bank.** Rufen Sie Ihre Bank an; manchmal sperrt sie Online- oder Auslandszahlungen.
6. **Andere Zahlungsart.** Versuchen Sie es mit einer anderen Karte, PayPal, Apple Pay oder Google Pay.

Ein abgelehnter Versuch kann eine vorübergehende Reservierung auf Ihrer Karte hinterlassen. Das ist keine Abbuchung und verschwindet von selbst; siehe „Doppelte Abbuchung oder ausstehende Autorisierung“.

Schlägt eine Verlängerung von Lumen Plus fehl, versuchen wir es 7 Tage lang erneut und informieren Sie per E-Mail. Aktualisieren Sie Ihre Karte, damit Ihre Vorteile erhalten bleiben.`,
  },
  {
    slug: "double-charge-or-pending-authorisation",
    title: "Doppelte Abbuchung oder ausstehende Autorisierung",
    tags: ["doppelte abbuchung", "doppelt abgebucht", "zweimal belastet", "doppelt bezahlt", "ausstehend", "vorgemerkt", "autorisierung", "reservierung", "zusätzliche abbuchung", "warum wurde mir zweimal abgebucht?", "auf meiner karte ist eine ausstehende zahlung", "ich sehe zwei zahlungen für eine bestellung", "wann verschwindet eine ausstehende autorisierung?", "zwei buchungen auf meinem kontoauszug", "für eine stornierte bestellung belastet", "ihr habt mein geld zweimal abgebucht", "ausstehende zahlung nach der stornierung"],
    body: `Sehen Sie für eine Bestellung zwei Beträge, ist einer davon meist eine **ausstehende Autorisierung** und keine echte Abbuchung.

Wenn Sie bestellen, bitten wir Ihre Bank, den Betrag zu reservieren. Sobald die Bestellung verschickt wird, ersetzt die endgültige Abbuchung diese Reservierung. Bis Ihre Bank die ursprüngliche Reservierung freigibt, können beide auf Ihrem Kontoauszug erscheinen.

Zusätzliche Reservierungen können auch entstehen, wenn:

- ein Zahlungsversuch abgelehnt wurde und Sie es noch einmal versucht haben.
- Sie die Bestellung geändert haben und sich der Gesamtbetrag geändert hat.
- Sie die Bestellung vor dem Versand storniert haben.

Ausstehende Reservierungen verschwinden automatisch, je nach Bank meist innerhalb von **3–7 Werktagen**. Früher freigeben können wir sie nicht.

**Wenn beide Abbuchungen endgültig gebucht sind** (nicht mehr als ausstehend markiert):

1. Prüfen Sie unter **Account > Orders**, ob Sie nicht zwei Bestellungen aufgegeben haben.
2. Schreiben Sie uns mit der Bestellnummer und einem Screenshot beider Abbuchungen.
3. Wir erstatten die doppelte Abbuchung innerhalb von 5–10 Werktagen auf Ihre ursprüngliche Zahlungsmethode.`,
  },
  {
    slug: "invoices-and-receipts",
    title: "Rechnungen und Belege herunterladen",
    tags: ["rechnung", "beleg", "quittung", "rechnung mit mehrwertsteuer", "rechnung herunterladen", "pdf", "zahlungsverlauf", "firmenrechnung", "wo finde ich meine rechnungen?", "wie lade ich einen beleg herunter?", "kann ich eine rechnung auf meine firma bekommen?", "wo sind die belege meiner mitgliedschaft?", "beleg erneut senden", "ich brauche eine kopie meines belegs"],
    body: `Zu jeder Bestellung und jeder Zahlung für die Mitgliedschaft gibt es eine PDF-Rechnung, die Sie jederzeit herunterladen können.

**Rechnungen für Bestellungen:**

1. Gehen Sie zu **Account > Orders**.
2. Wählen Sie die Bestellung aus.
3. Klicken Sie auf **Download invoice**.

Die Rechnung steht bereit, sobald die Bestellung verschickt wurde. Auch Bestellungen, die in mehreren Paketen kommen, haben nur eine Rechnung.

**Belege für Lumen Plus:** Gehen Sie zu **Account > Membership > Billing history** und klicken Sie neben der jeweiligen Zahlung auf den Beleg.

**Firmenangaben.** Damit ein Firmenname oder eine USt-IdNr. auf Ihren Rechnungen steht, hinterlegen Sie diese vor der Bestellung unter **Account > Billing details**. Soll eine frühere Rechnung mit Firmenangaben neu ausgestellt werden? Schreiben Sie uns innerhalb von 30 Tagen nach dem Bestelldatum, und wir schicken Ihnen eine korrigierte Fassung.

Rechnungen zeigen die Preise in der Währung, in der abgebucht wurde (USD, CAD oder EUR), mit gesondert ausgewiesener Umsatzsteuer, GST/HST oder Mehrwertsteuer.`,
  },
  {
    slug: "update-payment-card",
    title: "Gespeicherte Karte aktualisieren",
    tags: ["karte aktualisieren", "karte ändern", "neue karte", "abgelaufene karte", "zahlungsmethode", "gespeicherte karte", "standardkarte", "kreditkarte ändern", "wie ändere ich meine karte?", "meine karte ist abgelaufen, wie füge ich eine neue hinzu?", "wie entferne ich eine gespeicherte karte?", "wie lege ich eine standard-zahlungsmethode fest?", "alte karte entfernen", "karte aus meinem konto löschen", "meine bank hat mir eine neue karte geschickt"],
    body: `Halten Sie Ihre Kartendaten aktuell, damit Bestellungen und Verlängerungen von Lumen Plus reibungslos bezahlt werden.

1. Gehen Sie zu **Account > Payment methods**.
2. Klicken Sie auf **Add payment method** und geben Sie die neue Karte ein oder verbinden Sie PayPal.
3. Wählen Sie **Make default** neben der Karte, die Sie verwenden möchten.
4. Entfernen Sie die alte oder abgelaufene Karte, wenn Sie sie nicht mehr brauchen.

Ihre **Standard**-Zahlungsmethode wird für die Verlängerung von Lumen Plus verwendet. Ist eine Verlängerung fehlgeschlagen, löst das Aktualisieren der Karte sofort einen neuen Versuch aus.

**Bestehende Bestellungen.** Eine bereits aufgegebene Bestellung behält die Zahlungsmethode, die an der Kasse verwendet wurde. Ausnahme sind Vorbestellungen: Bei ihnen können Sie die Karte bis zum Versand jederzeit auf der Bestellseite ändern.

Ihre vollständige Kartennummer speichern wir nie; sie liegt sicher bei unserem Zahlungsdienstleister. Schickt Ihnen Ihre Bank eine Ersatzkarte mit derselben Nummer, müssen Sie meist nur das Ablaufdatum aktualisieren.`,
  },
  {
    slug: "delayed-or-lost-package",
    title: "Mein Paket ist verspätet oder verloren gegangen",
    tags: ["verspätung", "verspätet", "paket kommt nicht", "paket verloren", "nicht zugestellt", "zugestellt aber nicht erhalten", "gestohlen", "sendungsverfolgung", "mein paket ist verspätet", "meine bestellung ist nicht angekommen", "laut sendungsverfolgung zugestellt, aber ich habe nichts", "ich glaube, mein paket ist verloren gegangen oder gestohlen worden", "bestellung überfällig", "späte lieferung", "meine bestellung hätte längst ankommen sollen"],
    body: `Die meisten Verzögerungen lösen sich innerhalb weniger Tage, besonders rund um Feiertage oder bei schlechtem Wetter. So gehen Sie vor:

1. **Prüfen Sie die Sendungsverfolgung** unter **Account > Orders**. Achten Sie auf Meldungen wie „Adressproblem“ oder „im Depot zurückgehalten“.
2. **Warten Sie 5 Werktage** über das letzte voraussichtliche Lieferdatum hinaus. Viele verspätete Pakete tauchen in dieser Zeit auf.
3. **Schreiben Sie uns**, wenn es dann immer noch nicht angekommen ist oder die Sendungsverfolgung seit 7 Tagen nicht aktualisiert wurde. Geben Sie Ihre Bestellnummer an.

Wir leiten eine Nachforschung beim Versanddienstleister ein. Kann er das Paket nicht finden, schicken wir Ihnen **kostenlos Ersatz** oder erstatten den **vollen Betrag** einschließlich Versand. Sie haben die Wahl.

**Als zugestellt markiert, aber nicht erhalten?** Fragen Sie bei Nachbarn und in der Poststelle Ihres Hauses nach, schauen Sie rund ums Haus und warten Sie 48 Stunden, denn Zusteller scannen manchmal zu früh. Fehlt es dann immer noch, schreiben Sie uns, und wir gehen der Sache nach.

Lieferzeiten sind nicht garantiert, aber Expressversandkosten erstatten wir, wenn ein Expresspaket durch unser Verschulden zu spät ankommt.`,
  },
  {
    slug: "customs-duties-and-taxes",
    title: "Zoll, Einfuhrabgaben und Steuern bei internationalen Bestellungen",
    tags: ["zoll", "zollgebühren", "einfuhrabgaben", "einfuhrsteuer", "mehrwertsteuer", "mwst", "gst", "hst", "international", "kanada", "eu", "zusätzliche gebühren", "muss ich zoll oder einfuhrgebühren zahlen?", "sind die preise inklusive mehrwertsteuer?", "wird die umsatzsteuer an der kasse berechnet?", "der zusteller will bei der lieferung zoll kassieren"],
    body: `Sie sollen den vollen Preis schon an der Kasse kennen – ohne Überraschungen an der Haustür.

**Kanada.** GST/HST und eventuelle Provinzsteuern werden an der Kasse berechnet. Einfuhrabgaben zahlen wir im Voraus, bei der Lieferung wird also nichts von Ihnen verlangt.

**Europäische Union.** Die Preise enthalten die Mehrwertsteuer Ihres Landes. EU-Bestellungen werden aus unserem Lager innerhalb der EU verschickt, daher fallen keine Zollgebühren an.

**Vereinigte Staaten.** Bestellungen werden innerhalb des Landes verschickt. Wo nötig, wird die Umsatzsteuer an der Kasse hinzugerechnet.

**Sollen Sie bei der Lieferung Gebühren zahlen?** Das sollte nicht passieren. Bitte:

1. Zahlen Sie nichts an den Zusteller.
2. Fotografieren Sie die Benachrichtigung oder die Nachricht, die Sie erhalten haben.
3. Schreiben Sie uns mit Ihrer Bestellnummer und dem Foto.

Wir klären das mit dem Versanddienstleister. Haben Sie schon bezahlt, schicken Sie uns den Beleg, und wir erstatten Ihnen den Betrag.

Rücksendungen aus Kanada und der EU laufen über unsere vorfrankierten Etiketten und verursachen für Sie keine zusätzlichen Zollkosten.`,
  },
  {
    slug: "order-confirmation-email-missing",
    title: "Ich habe keine Bestellbestätigung per E-Mail erhalten",
    tags: ["bestellbestätigung", "bestätigungsmail", "keine e-mail", "e-mail nicht erhalten", "spam", "bestellung", "ich habe keine bestellbestätigung bekommen", "ist meine bestellung durchgegangen?", "ich habe keine e-mail zu meiner bestellung erhalten"],
    body: `Bestellbestätigungen werden normalerweise innerhalb von **15 Minuten** von orders@lumen.example verschickt. Ist Ihre nicht angekommen:

1. **Sehen Sie im Spam-, Junk- und Werbeordner nach** und suchen Sie in Ihrem Posteingang nach „Lumen & Co.“.
2. **Prüfen Sie die E-Mail-Adresse** Ihres Kontos unter **Account > Profile**. Ein kleiner Tippfehler ist eine häufige Ursache.
3. **Suchen Sie die Bestellung** unter **Account > Orders**. Steht sie dort, ist die Bestellung eingegangen, auch wenn die E-Mail fehlt.
4. **Lassen Sie die E-Mail erneut senden**: Öffnen Sie die Bestellung und klicken Sie auf **Resend confirmation**.
5. **Fügen Sie uns zu Ihren Kontakten hinzu**, damit künftige E-Mails im Posteingang landen.

Steht die Bestellung nicht in Ihrem Konto, wurde sie möglicherweise nicht abgeschlossen. Sehen Sie auf Ihrem Kontoauszug nach einer ausstehenden Reservierung; gibt es eine, aber keine Bestellung, verschwindet sie innerhalb von 3–7 Werktagen.

Als Gast bestellt? Schreiben Sie uns mit der verwendeten E-Mail-Adresse und den letzten vier Ziffern Ihrer Karte, dann finden wir die Bestellung für Sie.`,
  },
  {
    slug: "pre-orders",
    title: "So funktionieren Vorbestellungen",
    tags: ["vorbestellung", "vorbestellen", "vorbesteller", "demnächst erhältlich", "erscheinungsdatum", "wann wird es verschickt?", "bestellung", "wie funktionieren vorbestellungen?", "wann wird eine vorbestellung abgebucht?", "wann wird meine vorbestellung verschickt?", "kann ich eine vorbestellung stornieren?", "hält eine vorbestellung den rest meiner bestellung auf?"],
    body: `Manche neuen Produkte können Sie **vorbestellen**, bevor sie auf Lager sind. Sie sind auf der Produktseite mit *Pre-order* und einem voraussichtlichen Versanddatum gekennzeichnet.

- **Zahlung.** Wir buchen erst ab, wenn der Artikel verschickt wird. Bei der Bestellung sehen Sie eine kleine Prüfreservierung, die nach wenigen Tagen verschwindet.
- **Preisgarantie.** Sinkt der Preis vor dem Versand Ihrer Vorbestellung, zahlen Sie den niedrigeren Preis.
- **Gemischte Bestellungen.** Vorrätige Artikel derselben Bestellung werden sofort verschickt. Der vorbestellte Artikel folgt separat, ohne zusätzliche Versandkosten.
- **Verzögerungen.** Verschiebt sich das Versanddatum, informieren wir Sie per E-Mail über das neue Datum.

**Eine Vorbestellung stornieren** können Sie jederzeit bis zum Versand:

1. Gehen Sie zu **Account > Orders** und öffnen Sie die Vorbestellung.
2. Klicken Sie auf **Cancel pre-order**.

Auch die Karte für eine Vorbestellung können Sie auf der Bestellseite ändern. Nach der Lieferung gelten für vorbestellte Artikel die üblichen Rückgabebedingungen.`,
  },
  {
    slug: "lumen-plus-plans-compared",
    title: "Die Lumen-Plus-Tarife im Vergleich",
    tags: ["lumen plus", "mitgliedschaft", "abo", "abonnement", "tarife", "basic", "pro", "premium", "preis", "vorteile", "kostenloser versand", "was ist in lumen plus enthalten?", "was kostet welcher tarif?", "was ist der unterschied zwischen basic, pro und premium?", "welcher tarif hat kostenlosen versand?", "lumen plus beitreten", "mitglied werden", "für die mitgliedschaft anmelden", "vorteile für mitglieder", "lohnt sich die mitgliedschaft?"],
    body: `Lumen Plus ist unsere kostenpflichtige Mitgliedschaft. Es gibt drei Tarife:

**Basic, 4,99 $/Monat**
- Kostenloser Standardversand ab 25 $ Bestellwert
- Angebote nur für Mitglieder
- Übliche Rückgabefrist von 30 Tagen

**Pro, 9,99 $/Monat**
- Kostenloser Standardversand für jede Bestellung
- Verlängerte Rückgabefrist von 60 Tagen
- Bevorzugter Support mit schnelleren Antworten
- Angebote nur für Mitglieder

**Premium, 19,99 $/Monat**
- Kostenloser Expressversand für jede Bestellung
- Verlängerte Rückgabefrist von 60 Tagen mit kostenlosen Rücksendeetiketten
- Bevorzugter Support per Chat und Telefon, 7 Tage die Woche
- Früher Zugang zu neuen Produkten und Sales

**Bei jährlicher Zahlung** schenken wir Ihnen zwei Monate: Basic 49,90 $, Pro 99,90 $ oder Premium 199,90 $ pro Jahr. Mitglieder in Kanada und der EU zahlen den entsprechenden Betrag in CAD oder EUR.

Zum Beitreten gehen Sie zu **Account > Membership** und wählen einen Tarif. Die Vorteile gelten, sobald Ihre erste Zahlung eingegangen ist.`,
  },
  {
    slug: "change-plan-or-billing-cycle",
    title: "Tarif wechseln oder auf jährliche Zahlung umstellen",
    tags: ["upgrade", "downgrade", "tarif wechseln", "tarif ändern", "jährliche zahlung", "jahresabo", "lumen plus", "mitgliedschaft", "rabatt", "wie mache ich ein upgrade meiner mitgliedschaft?", "wie wechsle ich in einen günstigeren tarif?", "kann ich auf jährliche zahlung umstellen?", "wann gilt ein tarifwechsel?", "was passiert mit meinen vorteilen beim downgrade?", "bekomme ich die neuen vorteile sofort?"],
    body: `Sie können Ihren Lumen-Plus-Tarif oder den Abrechnungszeitraum jederzeit ändern:

1. Gehen Sie zu **Account > Membership**.
2. Klicken Sie auf **Change plan**.
3. Wählen Sie den neuen Tarif und monatliche oder jährliche Zahlung.
4. Bestätigen Sie. Wir schicken Ihnen per E-Mail eine Zusammenfassung mit dem Datum, ab dem die Änderung gilt.

**Ab wann die Änderung gilt.** Upgrades, Downgrades und Wechsel des Abrechnungszeitraums gelten alle ab Ihrem **nächsten Abrechnungszeitraum**. Bis dahin behalten Sie Ihren aktuellen Tarif und Ihre Vorteile, ohne anteilige Abbuchungen oder Erstattungen.

**Jährliche Zahlung** spart Ihnen zwei Monatsbeiträge: Basic 49,90 $, Pro 99,90 $ und Premium 199,90 $ pro Jahr statt 59,88 $, 119,88 $ und 239,88 $ bei monatlicher Zahlung. Jahrestarife verlängern sich jedes Jahr automatisch, und wir erinnern Sie 7 Tage vor der Verlängerung.

**Ein Wechsel zu Basic** verkürzt die Rückgabefrist für Bestellungen nach dem Wechsel auf 30 Tage. Bestellungen davor behalten die 60-Tage-Frist.

Um einen geplanten Wechsel zurückzunehmen, klicken Sie auf der Seite Membership auf **Keep current plan**.`,
  },
  {
    slug: "cancel-or-pause-membership",
    title: "Lumen-Plus-Mitgliedschaft kündigen oder pausieren",
    tags: ["mitgliedschaft kündigen", "abo kündigen", "abonnement kündigen", "kündigung", "pausieren", "mitgliedschaft pausieren", "lumen plus beenden", "erstattung", "wie kündige ich meine mitgliedschaft?", "kann ich mein abo pausieren?", "bekomme ich geld zurück, wenn ich lumen plus kündige?", "wie verhindere ich, dass sich mein abo verlängert?", "verliere ich meine vorteile, wenn ich kündige?", "erstattung für eine mitgliedschaft, die ich nicht genutzt habe"],
    body: `**Kündigen**

1. Gehen Sie zu **Account > Membership**.
2. Klicken Sie auf **Cancel membership** und bestätigen Sie.

Ihre Vorteile gelten bis zum Ende des bereits bezahlten Zeitraums, danach wird nichts mehr abgebucht. Angebrochene Monate oder Jahre erstatten wir nicht. Ausnahme für neue Mitglieder: Kündigen Sie innerhalb von 14 Tagen nach Ihrem ersten Beitritt und haben Sie noch keine Mitgliedervorteile genutzt, erstatten wir Ihre erste Zahlung vollständig.

**Pausieren** (nur Monatstarife)

Noch nicht bereit zu kündigen? Sie können stattdessen pausieren:

1. Gehen Sie zu **Account > Membership** und klicken Sie auf **Pause membership**.
2. Wählen Sie 1, 2 oder 3 Monate.

Die Pause beginnt zu Ihrem nächsten Abrechnungsdatum. Während der Pause wird nichts abgebucht und es gelten keine Vorteile; danach läuft Ihre Mitgliedschaft automatisch im selben Tarif weiter. Sie können einmal in 12 Monaten pausieren und jederzeit früher fortsetzen.

Jahrestarife lassen sich nicht pausieren, Sie können aber ab der nächsten Verlängerung auf monatliche Zahlung umstellen.`,
  },
  {
    slug: "change-email-address",
    title: "E-Mail-Adresse des Kontos ändern",
    tags: ["e-mail ändern", "e-mail-adresse ändern", "neue e-mail", "e-mail-adresse", "konto", "profil", "login-e-mail", "wie ändere ich meine e-mail-adresse?", "wie ändere ich die e-mail für die anmeldung?", "ich habe keinen zugriff mehr auf meine alte e-mail"],
    body: `Mit Ihrer E-Mail-Adresse melden Sie sich an und erhalten Neuigkeiten zu Ihren Bestellungen. So ändern Sie sie:

1. Melden Sie sich an und gehen Sie zu **Account > Profile**.
2. Klicken Sie neben Ihrer E-Mail-Adresse auf **Edit**.
3. Geben Sie die neue Adresse und Ihr aktuelles Passwort ein. Ist die Zwei-Faktor-Authentifizierung aktiv, geben Sie außerdem einen Code ein.
4. Öffnen Sie die Bestätigungs-E-Mail, die wir an die **neue** Adresse schicken, und klicken Sie innerhalb von 24 Stunden auf den Link.

Die Änderung gilt erst, wenn Sie sie bestätigt haben. Bis dahin melden Sie sich weiter mit der alten Adresse an. Wir benachrichtigen auch Ihre alte Adresse, damit Sie es merken, falls jemand anderes versucht, sie zu ändern.

E-Mails zu bestehenden Bestellungen und zur Mitgliedschaft gehen nach der Bestätigung sofort an die neue Adresse.

**Kein Zugriff mehr auf die alte E-Mail oder auf Ihr Konto?** Schreiben Sie uns von der neuen Adresse mit Ihrem Namen, einer aktuellen Bestellnummer und der Postleitzahl der Lieferadresse. Wir prüfen Ihre Identität, bevor wir die Änderung vornehmen; das kann bis zu 2 Werktage dauern.`,
  },
  {
    slug: "two-factor-authentication",
    title: "Zwei-Faktor-Authentifizierung einrichten",
    tags: ["zwei-faktor-authentifizierung", "2fa", "zweistufige anmeldung", "authenticator-app", "sicherheitscode", "bestätigungscode", "kontosicherheit", "backup-codes", "sms", "wie aktiviere ich die zwei-faktor-authentifizierung?", "ich habe mein handy verloren und bekomme keinen code", "wo finde ich meine backup-codes?", "kann ich eine authenticator-app verwenden?", "2fa einrichten", "2fa aktivieren"],
    body: `Die Zwei-Faktor-Authentifizierung (2FA) fügt der Anmeldung einen zweiten Schritt hinzu, damit Ihr Konto auch dann sicher bleibt, wenn Ihr Passwort gestohlen wird.

**So schalten Sie sie ein:**

1. Gehen Sie zu **Account > Security**.
2. Klicken Sie auf **Enable two-factor authentication**.
3. Wählen Sie eine **Authenticator-App** (empfohlen) oder **SMS**.
4. Scannen Sie den QR-Code oder geben Sie Ihre Telefonnummer ein und tippen Sie dann den 6-stelligen Code ein.
5. Bewahren Sie Ihre **10 Backup-Codes** sicher auf. Jeder funktioniert nur einmal.

Ab dann geben Sie nach Ihrem Passwort einen Code ein. Mit **Trust this device** können Sie den Code auf diesem Gerät 30 Tage lang überspringen.

**Handy verloren?** Melden Sie sich mit einem Backup-Code an und richten Sie 2FA auf dem neuen Gerät neu ein. Haben Sie keine Backup-Codes, schreiben Sie uns. Wir prüfen Ihre Identität, bevor wir 2FA entfernen; das kann bis zu 2 Werktage dauern.

Unser Team wird Sie nie nach einem 2FA-Code fragen.`,
  },
  {
    slug: "delete-account-and-data",
    title: "Konto und Daten löschen",
    tags: ["konto löschen", "account löschen", "konto schließen", "daten löschen", "daten entfernen", "recht auf vergessenwerden", "dsgvo", "datenschutz", "wie lösche ich mein konto?", "wie schließe ich mein konto?", "könnt ihr meine persönlichen daten löschen?"],
    body: `Sie können Ihr Konto bei Lumen & Co. und Ihre personenbezogenen Daten jederzeit endgültig löschen.

**Bevor Sie beginnen:**
- Offene Bestellungen und Rücksendungen müssen abgeschlossen oder storniert sein.
- Eine aktive Lumen-Plus-Mitgliedschaft wird automatisch gekündigt, ohne Erstattung für den laufenden Zeitraum.
- Ihr **Guthaben** in der Wallet verfällt.

**So löschen Sie Ihr Konto:**

1. Gehen Sie zu **Account > Privacy**.
2. Klicken Sie auf **Delete my account**.
3. Geben Sie Ihr Passwort ein und bestätigen Sie.
4. Klicken Sie auf den Link in der Bestätigungs-E-Mail.

Ihr Konto wird sofort deaktiviert. Wenn Sie es sich anders überlegen, schreiben Sie uns innerhalb von **14 Tagen**, dann können wir es wiederherstellen. Danach werden Ihre personenbezogenen Daten innerhalb von 30 Tagen gelöscht.

Rechnungen zu Bestellungen bewahren wir so lange auf, wie es das Steuerrecht verlangt, meist bis zu 7 Jahre, sie sind dann aber keinem Konto mehr zugeordnet. Möchten Sie vorher eine Kopie Ihrer Daten, fordern Sie vor dem Löschen einen Datenexport an.`,
  },
  {
    slug: "how-we-use-your-data",
    title: "Wie wir Ihre Daten verwenden",
    tags: ["datenschutz", "personenbezogene daten", "datennutzung", "cookies", "werbe-e-mails", "newsletter", "dsgvo", "datenweitergabe", "abmelden", "verkauft ihr meine daten?", "an wen gebt ihr meine daten weiter?", "wie lange speichert ihr meine daten?", "wie bekomme ich keine werbe-e-mails mehr?"],
    body: `Wir erheben nur die Daten, die wir brauchen, um Ihre Bestellungen abzuwickeln und Ihr Einkaufserlebnis zu verbessern.

**Wofür wir sie verwenden:**
- Bearbeitung und Zustellung von Bestellungen, Rücksendungen und Erstattungen
- Beantwortung Ihrer Supportanfragen
- Betrugsvorbeugung und Schutz Ihres Kontos
- Mit Ihrer Einwilligung: Werbe-E-Mails, persönliche Empfehlungen und Analyse-Cookies

**An wen wir sie weitergeben.** Nur an Partner, die wir brauchen, um Sie zu bedienen, etwa Zahlungsdienstleister und Versanddienstleister. **Wir verkaufen Ihre personenbezogenen Daten niemals.**

**Wie lange wir sie speichern.** Kontodaten, solange Ihr Konto besteht. Supportgespräche speichern wir 24 Monate, Rechnungen so lange, wie es das Steuerrecht verlangt.

**Ihre Möglichkeiten:**

1. Verwalten Sie Werbe-E-Mails und Cookies unter **Account > Privacy** oder nutzen Sie den Abmeldelink in jeder E-Mail.
2. Fordern Sie mit **Download my data** eine Kopie Ihrer Daten an.
3. Löschen Sie Ihr Konto und Ihre Daten jederzeit.

Fragen? Schreiben Sie an privacy@lumen.example.`,
  },
  {
    slug: "data-export-request",
    title: "Eine Kopie Ihrer Daten anfordern",
    tags: ["datenexport", "meine daten herunterladen", "kopie meiner daten", "datenauskunft", "dsgvo", "auskunftsersuchen", "datenschutz", "personenbezogene daten", "kann ich eine kopie meiner daten bekommen?", "wie lade ich alle meine persönlichen daten herunter?", "wie stelle ich ein auskunftsersuchen?"],
    body: `Sie können jederzeit kostenlos eine Kopie der personenbezogenen Daten herunterladen, die wir über Sie gespeichert haben.

1. Melden Sie sich an und gehen Sie zu **Account > Privacy**.
2. Klicken Sie auf **Download my data**.
3. Bestätigen Sie mit Ihrem Passwort (und einem 2FA-Code, falls aktiviert).

Wir benachrichtigen Sie per E-Mail, sobald Ihre Datei bereitsteht. Das dauert meist **bis zu 48 Stunden** und nie länger als 30 Tage. Der Download-Link ist **7 Tage** gültig.

Der Export ist eine ZIP-Datei mit lesbaren CSV- und JSON-Dateien mit:
- Ihrem Profil, Ihren Adressen und Kommunikationseinstellungen
- dem Verlauf Ihrer Bestellungen, Rücksendungen und Erstattungen
- Ihrer Lumen-Plus-Mitgliedschaft und dem Zahlungsverlauf
- Ihren Supportgesprächen
- den Produktbewertungen, die Sie geschrieben haben

Kartennummern sind nicht enthalten, weil wir sie nie speichern.

Sie können alle 24 Stunden einen Export anfordern. Haben Sie keinen Zugriff mehr auf Ihr Konto, schreiben Sie von der Adresse Ihres Kontos an privacy@lumen.example; wir prüfen dann zuerst Ihre Identität.`,
  },
  {
    slug: "smart-lamp-wifi-setup",
    title: "Aurora Smart Lamp verbindet sich nicht mit dem WLAN",
    tags: ["smart lamp", "smarte lampe", "aurora", "wlan", "wifi", "verbindet sich nicht", "einrichtung", "koppeln", "2,4 ghz", "lampe zurücksetzen", "lumen home app", "meine smarte lampe verbindet sich nicht mit dem wlan", "die lampe lässt sich nicht mit der app koppeln", "wie setze ich die aurora-lampe zurück?", "die lampe findet mein netzwerk nicht"],
    body: `Die Aurora Smart Lamp verbindet sich **nur mit 2,4-GHz-WLAN**. 5-GHz-Netze sieht sie nicht – das ist der häufigste Grund, warum die Einrichtung scheitert.

**Prüfen Sie Ihr Netzwerk:**
- Fasst Ihr Router 2,4 und 5 GHz unter einem Namen zusammen, schalten Sie 5 GHz vorübergehend ab oder richten Sie ein eigenes 2,4-GHz-Netz ein.
- Verwenden Sie WPA2-Verschlüsselung. Versteckte Netze und Netze mit Anmeldeseite (Hotel- oder Campus-WLAN) werden nicht unterstützt.
- Stellen Sie die Lampe während der Einrichtung höchstens 10 m vom Router entfernt auf.

**Lampe zurücksetzen und erneut versuchen:**

1. Stecken Sie die Lampe ein und schalten Sie sie an.
2. Halten Sie den Ein-/Aus-Knopf **10 Sekunden** gedrückt, bis das Licht gelb blinkt.
3. Öffnen Sie die App **Lumen Home** und tippen Sie auf **Add device > Aurora Smart Lamp**.
4. Erlauben Sie den Zugriff auf Bluetooth und Standort, wenn Sie gefragt werden.
5. Wählen Sie Ihr 2,4-GHz-Netz und geben Sie das Passwort sorgfältig ein.

Verbindet sie sich immer noch nicht, starten Sie den Router neu und wiederholen Sie das Zurücksetzen.`,
  },
  {
    slug: "app-login-loop",
    title: "Die Lumen Home App fragt ständig nach der Anmeldung",
    tags: ["app", "lumen home", "anmeldeschleife", "login-schleife", "meldet mich ständig ab", "kann mich nicht anmelden", "app stürzt ab", "cache leeren", "app aktualisieren", "die app meldet mich ständig ab", "die lumen home app will immer wieder, dass ich mich anmelde", "ich hänge in der app in einer anmeldeschleife fest"],
    body: `Bringt Sie die Lumen Home App nach der Anmeldung wieder zum Anmeldebildschirm zurück, sind meist die in der App gespeicherten Daten veraltet. Gehen Sie diese Schritte durch:

1. **Aktualisieren Sie die App** im App Store oder bei Google Play. Ältere Versionen können sich nach Server-Updates nicht mehr anmelden.
2. **Leeren Sie den Cache.** Unter Android gehen Sie zu **Einstellungen > Apps > Lumen Home > Speicher > Cache leeren**. Auf dem iPhone löschen Sie die App und installieren sie neu; Ihre Geräte bleiben mit Ihrem Konto verbunden.
3. **Prüfen Sie, ob Datum und Uhrzeit** Ihres Handys automatisch eingestellt sind. Eine falsche Uhr lässt Anmeldetoken abgelaufen wirken.
4. **Schalten Sie VPNs und Werbeblocker** vorübergehend aus.
5. **Melden Sie sich erneut an** mit Ihrer E-Mail-Adresse und Ihrem Passwort von Lumen & Co.

Nutzen Sie die Zwei-Faktor-Authentifizierung, geben Sie den Code innerhalb von 5 Minuten ein.

Hängen Sie immer noch fest? Melden Sie sich testweise auf lumen.example an, um zu prüfen, ob Ihr Passwort funktioniert, und schreiben Sie uns dann mit Ihrem Handymodell und der App-Version.`,
  },
  {
    slug: "firmware-update-failed",
    title: "Firmware-Update des Geräts fehlgeschlagen",
    tags: ["firmware", "update fehlgeschlagen", "firmware-update", "hängt beim update", "geräte-update", "smart lamp", "lumen home", "fehler", "mein firmware-update ist fehlgeschlagen", "das gerät hängt beim aktualisieren", "die lampe pulsiert nach einem update blau"],
    body: `Firmware-Updates verbessern Leistung und Sicherheit der smarten Lumen-Geräte. Schlägt ein Update fehl oder bleibt es hängen:

1. **Lassen Sie das Gerät am Strom.** Ziehen Sie während eines Updates nie den Stecker.
2. **Warten Sie 15 Minuten.** Manche Updates starten das Gerät mehrmals neu.
3. **Prüfen Sie die Verbindung.** Stellen Sie das Gerät näher an den Router oder halten Sie Ihr Handy näher ans Gerät. Das Gerät muss im 2,4-GHz-WLAN sein.
4. **Versuchen Sie es in der App erneut.** Öffnen Sie in **Lumen Home** das Gerät und dann **Settings > Firmware > Update now**.
5. **Starten Sie es neu.** Ziehen Sie den Stecker für 30 Sekunden, stecken Sie das Gerät wieder ein und versuchen Sie es erneut.

**Startet das Gerät nach einem fehlgeschlagenen Update nicht mehr?** Es wechselt automatisch in den Wiederherstellungsmodus, bei der Aurora Smart Lamp erkennbar an einem langsamen blauen Pulsieren. Öffnen Sie in der Nähe die Lumen Home App und folgen Sie dem Hinweis **Restore firmware**.

Schlägt das Update nach zwei Versuchen immer noch fehl, schreiben Sie uns mit der Seriennummer des Geräts aus **Settings > About**. Geräte, die sich nicht wiederherstellen lassen, ersetzen wir im Rahmen der Garantie.`,
  },
  {
    slug: "coffee-grinder-not-turning-on",
    title: "Brewmaster Burr Grinder lässt sich nicht einschalten",
    tags: ["kaffeemühle", "brewmaster", "mühle", "geht nicht an", "funktioniert nicht", "kein strom", "tot", "überhitzt", "küche", "meine kaffeemühle geht nicht an", "die brewmaster-mühle hat keinen strom", "die mühle funktioniert nicht mehr"],
    body: `Die Brewmaster Burr Grinder hat Sicherheitsfunktionen, die sie nur laufen lassen, wenn alles richtig sitzt. Prüfen Sie Folgendes der Reihe nach:

1. **Strom.** Stecken Sie die Mühle direkt in eine Wandsteckdose, die sicher funktioniert, nicht in eine Verlängerung oder Zeitschaltuhr.
2. **Bohnenbehälter.** Drehen Sie den Behälter, bis er hörbar einrastet. Sitzt er locker, startet die Mühle nicht.
3. **Auffangbehälter.** Schieben Sie ihn ganz hinein. Ein Sensor erkennt ihn.
4. **Überhitzung.** Nach langem Mahlen schaltet der Motor zum Schutz ab. Ziehen Sie den Stecker und lassen Sie die Mühle **30 Minuten** abkühlen.
5. **Verstopfung.** Ziehen Sie den Stecker, nehmen Sie den Behälter und das obere Mahlwerk ab und bürsten Sie eingeklemmte Bohnen heraus. Ölige oder aromatisierte Bohnen verstopfen häufiger.

Leuchtet das Display, aber der Motor dreht sich nicht, oder passiert nach all diesen Prüfungen gar nichts, ist die Mühle möglicherweise defekt. Dann greift unsere Garantie: Schreiben Sie uns mit Ihrer Bestellnummer und einem kurzen Video des Problems.`,
  },
  {
    slug: "checkout-error-promo-code",
    title: "Fehler an der Kasse oder Gutscheincode funktioniert nicht",
    tags: ["fehler an der kasse", "gutscheincode", "rabattcode", "gutschein", "promo-code", "code funktioniert nicht", "kann nicht bezahlen", "fehler auf der zahlungsseite", "mein gutscheincode funktioniert nicht", "der rabattcode ist ungültig", "ich bekomme an der kasse einen fehler", "kann ich zwei codes in einer bestellung nutzen?"],
    body: `**Gutscheincode wird nicht angerechnet?** Prüfen Sie die Bedingungen, die beim Code stehen:

- Pro Bestellung kann nur **ein Gutscheincode** verwendet werden.
- Viele Codes setzen einen **Mindestbestellwert** voraus oder gelten nur für bestimmte Kategorien.
- Codes gelten nicht für Geschenkkarten, Lumen-Plus-Mitgliedschaften oder Artikel mit der Kennzeichnung *Final sale*.
- Prüfen Sie das **Ablaufdatum** und ob der Code in Ihrer Region gilt (USA, Kanada oder EU).
- Manche Codes sind nur einmal oder nur für die erste Bestellung gültig.

Geben Sie den Code ohne Leerzeichen ein; Groß- und Kleinschreibung spielt keine Rolle.

**Zeigt die Kasse einen Fehler an?**

1. Laden Sie die Seite neu. Ihr Warenkorb bleibt erhalten.
2. Schalten Sie Werbeblocker und Browser-Erweiterungen für lumen.example ab.
3. Leeren Sie Browser-Cache und Cookies oder versuchen Sie es in einem privaten Fenster.
4. Versuchen Sie es mit einem anderen Browser oder in der App.
5. Entfernen Sie Artikel, die als „nicht verfügbar“ angezeigt werden, und fügen Sie sie neu hinzu.

Bleibt der Fehler bestehen, schreiben Sie uns mit einem Screenshot. Bitte versuchen Sie die Zahlung nicht viele Male hintereinander, denn jeder Versuch kann eine vorübergehende Reservierung auf Ihrer Karte erzeugen.`,
  },
];
