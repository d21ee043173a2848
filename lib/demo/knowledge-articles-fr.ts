import type { TranslatedArticle } from "./article-translations";

/**
 * The whole help centre in French, written for French-speaking customers with the same facts,
 * slugs and sections as the English articles. Buttons keep the English names the shop shows on screen.
 */
export const frenchArticles: TranslatedArticle[] = [
  {
    slug: "return-policy",
    title: "Notre politique de retour",
    tags: ["retour", "retours", "retourner", "renvoyer", "politique de retour", "délai de retour", "remboursement", "30 jours", "60 jours", "combien de temps ai-je pour retourner un article", "combien de jours pour renvoyer un produit", "puis-je retourner un article acheté le mois dernier ?", "faut-il l'emballage d'origine ?", "le retour est-il gratuit ?", "les membres ont-ils un délai de retour plus long ?", "renvoyer un article", "conditions de retour", "retourner un article non utilisé", "puis-je le retourner sans la boîte d'origine ?", "dans quel état doit être un article pour le retourner ?"],
    body: `Vous avez changé d'avis ? La plupart des articles peuvent être retournés dans les **30 jours suivant la livraison**. Les membres Lumen Plus **Pro** et **Premium** bénéficient d'un délai prolongé de **60 jours**. Lumen Plus Basic suit le délai standard de 30 jours.

Pour être accepté, un article retourné doit être :

1. Inutilisé et dans l'état où vous l'avez reçu.
2. Dans son emballage d'origine, avec tous ses accessoires, notices et câbles.
3. Présent sur la commande au titre de laquelle vous le retournez.

Certains produits ne peuvent pas être retournés, comme les cartes cadeaux et les produits d'hygiène ouverts. La liste complète se trouve dans l'article « Articles non retournables ».

Le retour est gratuit si l'article est arrivé endommagé, défectueux ou s'il ne correspond pas à votre commande. Pour tous les autres retours, des frais fixes de 5,95 $ (7,95 $ CA / 5,95 €) sont déduits de votre remboursement, sauf pour les membres Premium.

Dès que votre retour arrive à notre entrepôt, nous remboursons votre moyen de paiement d'origine sous 5 à 10 jours ouvrés.`,
  },
  {
    slug: "how-to-start-a-return",
    title: "Comment faire un retour",
    tags: ["retour", "faire un retour", "étiquette de retour", "renvoyer", "demande de retour", "déposer le colis", "remboursement", "être remboursé", "comment renvoyer un article", "comment retourner un produit", "où obtenir une étiquette de retour ?", "quelles sont les étapes pour retourner un article", "où déposer mon colis de retour ?", "dois-je vous contacter avant de renvoyer un article ?", "que dois-je faire pour retourner un article", "je dois renvoyer un produit, comment faire ?", "procédure de retour", "retourner sans imprimante"],
    body: `Vous pouvez lancer un retour en ligne en quelques minutes, sans nous contacter au préalable.

1. Connectez-vous et allez dans **Account > Orders**.
2. Sélectionnez la commande et cliquez sur **Return items**.
3. Choisissez les articles et indiquez un motif pour chacun.
4. Choisissez **Refund** (remboursement) ou **Exchange** (échange).
5. Téléchargez l'étiquette de retour prépayée et imprimez-la, ou présentez le QR code dans un point de dépôt du transporteur.
6. Emballez soigneusement les articles dans leur emballage d'origine et déposez le colis sous 14 jours.

Si le motif est « endommagé », « défectueux » ou « mauvais article », l'étiquette est gratuite. Sinon, des frais fixes de 5,95 $ (7,95 $ CA / 5,95 €) sont déduits de votre remboursement. Les membres Lumen Plus Premium ont toujours l'étiquette gratuite.

Nous vous envoyons un e-mail quand le colis est scanné, puis quand il arrive à notre entrepôt. Votre remboursement suit dans les 5 à 10 jours ouvrés.`,
  },
  {
    slug: "refund-policy-and-timing",
    title: "Remboursements : fonctionnement et délais",
    tags: ["remboursement", "suivi du remboursement", "être remboursé", "quand serai-je remboursé", "délai de remboursement", "où est mon remboursement", "quand vais-je être remboursé ?", "combien de temps prend un remboursement ?", "où va mon remboursement ?", "les frais de port sont-ils remboursés ?", "comment suivre mon remboursement ?", "récupérer mon argent", "remboursement sur ma carte", "le remboursement revient-il sur ma carte ?", "remboursement sur le moyen de paiement d'origine", "je n'ai toujours pas reçu l'argent de mon retour"],
    body: `Le remboursement est toujours versé sur le **moyen de paiement d'origine**. Si vous avez payé avec une carte cadeau, cette part vous revient sous forme d'avoir.

**Délais.** Dès que votre retour arrive à notre entrepôt, nous le vérifions et vous remboursons sous **5 à 10 jours ouvrés**. La plupart des remboursements partent dans les 2 jours ouvrés qui suivent l'arrivée ; le reste du délai correspond au traitement par votre banque ou PayPal.

**Suivre l'état du remboursement :**

1. Allez dans **Account > Orders** et ouvrez la commande.
2. Le retour affiche l'un de ces états : *Label created*, *In transit*, *Received* ou *Refunded*.
3. Lorsqu'il indique *Refunded*, l'argent est parti et vous recevez aussi un e-mail.

**Ce qui est remboursé.** Vous récupérez le prix payé pour les articles. Les frais de livraison initiaux ne sont remboursés que si l'article était endommagé, défectueux ou envoyé par erreur. Pour un retour par changement d'avis, les frais de retour de 5,95 $ (7,95 $ CA / 5,95 €) sont déduits.

Si 10 jours ouvrés se sont écoulés depuis *Received*, contactez-nous avec votre numéro de commande.`,
  },
  {
    slug: "delivery-times-and-shipping-costs",
    title: "Délais et frais de livraison",
    tags: ["livraison", "frais de livraison", "délai de livraison", "combien de temps", "frais de port", "livraison gratuite", "express", "livraison standard", "canada", "ue", "combien coûte la livraison ?", "combien de temps prend la livraison ?", "la livraison est-elle gratuite ?", "en combien de temps arrive la livraison express ?", "délais de livraison", "quand ma commande est-elle expédiée ?"],
    body: `Nous livrons aux **États-Unis, au Canada et dans l'Union européenne**. Les commandes quittent notre entrepôt sous **1 jour ouvré**, et les délais de livraison courent à partir de l'expédition.

| Région | Standard | Express |
| --- | --- | --- |
| États-Unis | 3 à 5 jours ouvrés, 5,99 $ | 1 à 2 jours ouvrés, 14,99 $ |
| Canada | 5 à 8 jours ouvrés, 9,99 $ CA | 2 à 4 jours ouvrés, 24,99 $ CA |
| UE | 7 à 12 jours ouvrés, 8,99 € | 3 à 5 jours ouvrés, 19,99 € |

La **livraison standard est offerte** dès **50 $** d'achat (65 $ CA / 50 €), remises déduites.

Les membres Lumen Plus ont des avantages de livraison :

1. **Basic :** livraison standard offerte dès 25 $ d'achat.
2. **Pro :** livraison standard offerte sur toutes les commandes.
3. **Premium :** livraison express offerte sur toutes les commandes.

Les articles volumineux, comme les tentes et les meubles, peuvent prendre jusqu'à 2 jours ouvrés de plus. Nous ne livrons pas pour l'instant les boîtes postales ni en dehors de ces régions.`,
  },
  {
    slug: "track-your-order",
    title: "Suivre votre commande",
    tags: ["suivi", "suivre ma commande", "où est ma commande", "numéro de suivi", "état de la commande", "livraison", "colis", "comment suivre mon colis ?", "où est mon colis ?", "où en est ma commande ?", "où trouver mon numéro de suivi ?", "comment connaître le statut de ma commande ?", "pourquoi le suivi ne se met-il pas à jour ?"],
    body: `Dès que votre commande quitte notre entrepôt, nous vous envoyons par e-mail un **lien de suivi**. Vous pouvez aussi la suivre à tout moment :

1. Connectez-vous et allez dans **Account > Orders**.
2. Sélectionnez la commande.
3. Cliquez sur **Track parcel** à côté de chaque envoi.

Une commande de plusieurs articles peut partir en plusieurs colis, chacun avec son propre numéro de suivi.

**Le suivi ne bouge pas ?** Un nouveau numéro de suivi peut mettre jusqu'à **24 heures** à afficher son premier scan. Les colis à destination du Canada et de l'UE peuvent aussi marquer une pause lors du changement de transporteur à la frontière. C'est normal.

Signification des états de commande :

- **Processing :** nous avons reçu votre commande ; elle peut encore être annulée.
- **Packed :** elle est prête à partir et ne peut plus être modifiée.
- **Shipped :** elle est chez le transporteur.
- **Delivered :** le transporteur a confirmé la livraison.

Si votre colis a dépassé sa date de livraison estimée, consultez l'article « Mon colis est en retard ou perdu ».`,
  },
  {
    slug: "payment-methods-and-currencies",
    title: "Moyens de paiement et devises acceptés",
    tags: ["moyens de paiement", "modes de paiement", "payer", "carte bancaire", "carte de crédit", "paypal", "apple pay", "google pay", "devise", "usd", "cad", "eur", "carte cadeau", "quels moyens de paiement proposez-vous ?", "acceptez-vous PayPal ?", "puis-je payer avec Apple Pay ou Google Pay ?", "quelles cartes acceptez-vous ?", "dans quelle devise suis-je débité ?", "puis-je payer en plusieurs fois ?", "paiement à la livraison", "virement bancaire", "puis-je payer en espèces ?"],
    body: `Nous acceptons les moyens de paiement suivants :

- Visa, Mastercard et American Express (toutes régions)
- Discover (États-Unis uniquement)
- PayPal
- Apple Pay et Google Pay
- Les cartes cadeaux Lumen et les avoirs, cumulables avec tous les moyens ci-dessus

Nous n'acceptons ni le paiement à la livraison, ni les chèques, ni les virements bancaires pour les commandes de particuliers.

**Devises.** Les prix et les débits sont dans la devise de votre pays de livraison :

1. Les commandes vers les **États-Unis** sont débitées en dollars américains (USD).
2. Les commandes vers le **Canada** sont débitées en dollars canadiens (CAD).
3. Les commandes vers l'**UE** sont débitées en euros (EUR).

Il n'est pas possible de choisir une autre devise au paiement. Si votre carte est dans une autre devise, votre banque convertit le montant et peut facturer des frais à l'étranger ; nous n'avons pas la main dessus.

Les abonnements Lumen Plus sont facturés dans la devise du pays de votre compte.`,
  },
  {
    slug: "cancel-an-order",
    title: "Annuler une commande",
    tags: ["annuler", "annuler ma commande", "annulation", "j'ai changé d'avis", "remboursement", "arrêter la commande", "commande", "comment annuler ma commande ?", "puis-je annuler une commande déjà emballée ?", "est-il trop tard pour annuler ?", "comment être remboursé d'une commande annulée ?"],
    body: `Vous pouvez annuler vous-même une commande dans les **2 heures** qui suivent :

1. Allez dans **Account > Orders**.
2. Sélectionnez la commande.
3. Cliquez sur **Cancel order** et confirmez.

**Au-delà de 2 heures**, contactez-nous au plus vite. Nous pouvons encore annuler tant que la commande n'est pas **emballée**. Une fois emballée ou expédiée, elle ne peut plus être annulée, mais vous pourrez la retourner après livraison selon notre politique de retour habituelle.

Vous pouvez aussi annuler certains articles d'une commande groupée tant qu'elle est en *Processing*.

**Remboursement des commandes annulées.** Vous n'avez rien d'autre à faire :

- Si le paiement n'était encore qu'une autorisation en attente, elle est levée aussitôt, même si votre banque peut mettre 3 à 7 jours ouvrés à la retirer de votre relevé.
- Si vous avez déjà été débité (par exemple avec PayPal), nous remboursons votre moyen de paiement d'origine sous 5 à 10 jours ouvrés.
- Les montants payés par carte cadeau ou avoir reviennent immédiatement dans votre portefeuille.`,
  },
  {
    slug: "change-order-or-shipping-address",
    title: "Modifier une commande ou son adresse de livraison",
    tags: ["modifier ma commande", "changer de commande", "changer d'adresse", "mauvaise adresse", "adresse de livraison", "ajouter un article", "retirer un article", "comment changer mon adresse de livraison ?", "j'ai saisi une mauvaise adresse", "je me suis trompé de code postal", "puis-je ajouter un article à ma commande ?", "puis-je retirer un article de ma commande ?", "comment modifier une commande ?"],
    body: `Vous pouvez modifier vous-même une commande dans les **2 heures** qui suivent, tant que son état est *Processing*.

1. Allez dans **Account > Orders** et sélectionnez la commande.
2. Cliquez sur **Edit order**.
3. Modifiez l'adresse de livraison, le mode de livraison ou les quantités, ou retirez des articles.
4. Cliquez sur **Save changes**. Nous vous envoyons une confirmation mise à jour par e-mail.

Si le total change, nous ajustons l'autorisation sur votre carte ou remboursons la différence.

**Vous ne voyez pas Edit order ?** Au-delà de 2 heures, contactez-nous. Nous pouvons encore faire des modifications tant que la commande n'est pas emballée. Une fois emballée, elle ne peut plus être modifiée.

**Changement d'adresse après expédition.** Nous ne pouvons pas rediriger un colis qui a quitté notre entrepôt. Depuis la page de suivi du transporteur, vous pouvez demander une réexpédition ou une mise en attente en point relais, si le transporteur le permet.

**Ajouter des articles.** On ne peut pas ajouter d'articles à une commande existante. Passez une deuxième commande ; si les deux partent le même jour, nous essaierons de les regrouper.`,
  },
  {
    slug: "reset-password-and-locked-account",
    title: "Réinitialiser votre mot de passe ou débloquer votre compte",
    tags: ["réinitialiser le mot de passe", "mot de passe oublié", "mot de passe", "compte bloqué", "impossible de me connecter", "connexion", "se connecter", "j'ai oublié mon mot de passe", "comment réinitialiser mon mot de passe ?", "mon compte est bloqué", "le lien de réinitialisation ne fonctionne pas", "je n'arrive pas à me connecter"],
    body: `**Mot de passe oublié ?**

1. Sur la page de connexion, cliquez sur **Forgot password?**
2. Saisissez l'adresse e-mail de votre compte.
3. Ouvrez l'e-mail de Lumen & Co. et cliquez sur le lien de réinitialisation.
4. Choisissez un nouveau mot de passe d'au moins 10 caractères.

Le lien est valable **30 minutes** et ne sert qu'une fois. S'il a expiré, demandez-en un nouveau ; seul le dernier lien fonctionne. Pas d'e-mail au bout de 10 minutes ? Regardez dans vos spams et vérifiez l'adresse saisie.

**Compte bloqué ?** Par sécurité, votre compte est bloqué pendant **30 minutes** après **5 tentatives de connexion échouées** d'affilée. Nous vous prévenons par e-mail. Vous pouvez :

- attendre 30 minutes et réessayer, ou
- réinitialiser votre mot de passe comme indiqué ci-dessus, ce qui débloque votre compte aussitôt.

Si ces tentatives ne viennent pas de vous, réinitialisez votre mot de passe et activez la double authentification.`,
  },
  {
    slug: "damaged-defective-or-missing-items",
    title: "Articles endommagés, défectueux ou manquants",
    tags: ["endommagé", "abîmé", "cassé", "défectueux", "ne fonctionne pas", "article manquant", "commande incomplète", "mauvais article", "remplacement", "remboursement", "mon article est arrivé cassé", "le produit ne fonctionne pas dès le déballage", "il manque un article dans mon colis", "j'ai reçu le mauvais article", "comment signaler une livraison endommagée ?", "arrivé hors service", "arrivé en morceaux", "arrivé écrasé", "l'article neuf ne s'allume pas", "arrivé cabossé ou rayé"],
    body: `Désolés si votre commande n'est pas arrivée comme prévu. Nous arrangeons cela sans frais pour vous.

**Endommagé ou défectueux à la réception.** Signalez-le dans les **7 jours suivant la livraison** :

1. Allez dans **Account > Orders**, sélectionnez la commande et cliquez sur **Report a problem**.
2. Ajoutez une courte description et une ou deux photos de l'article et de son emballage.
3. Choisissez un remplacement gratuit ou un remboursement intégral, frais de livraison initiaux compris.

Nous vous envoyons une étiquette de retour gratuite. Pour les articles de faible valeur, nous pouvons vous demander de recycler l'article plutôt que de le renvoyer.

**Articles manquants.** Les grosses commandes partent parfois en plusieurs colis : vérifiez d'abord dans vos e-mails d'expédition s'il y a plusieurs numéros de suivi. Si tout a été livré et qu'il manque encore quelque chose, signalez-le dans les **14 jours suivant la livraison** avec le même bouton **Report a problem**. Indiquez l'article manquant et nous l'enverrons ou le rembourserons.

Les défauts qui apparaissent plus tard sont couverts par la garantie du produit.`,
  },
  {
    slug: "non-returnable-items",
    title: "Articles non retournables",
    tags: ["non retournable", "non remboursable", "vente finale", "carte cadeau", "hygiène", "soins personnels", "exceptions", "puis-je retourner une carte cadeau ?", "peut-on retourner un produit d'hygiène ouvert ?", "le café ou la nourriture sont-ils retournables ?", "puis-je retourner un article personnalisé ou gravé ?", "que veut dire vente finale", "article ouvert", "puis-je retourner un article que j'ai ouvert ?", "article soldé", "nourriture scellée"],
    body: `Pour des raisons de santé, de sécurité et des raisons légales, quelques produits ne peuvent pas être retournés, sauf s'ils arrivent endommagés ou défectueux :

- Les **cartes cadeaux** et les cartes cadeaux électroniques Lumen.
- Les **produits d'hygiène et de soin ouverts**, comme les brosses à dents électriques, les rasoirs et les appareils de massage. Non ouverts et sous emballage scellé, ils se retournent normalement.
- Les **aliments et boissons**, y compris le café en grains et le thé.
- Les **articles personnalisés ou gravés** fabriqués pour vous.
- Les articles marqués **Final sale** (vente finale) sur la fiche produit.

Si l'un de ces articles présente un défaut, vous restez couvert : signalez-le dans les 7 jours suivant la livraison et nous le remplaçons ou le remboursons. Les défauts qui apparaissent plus tard relèvent de la garantie du produit (1 an, ou 2 ans pour les clients de l'UE).

Les abonnements Lumen Plus ne sont pas des biens physiques et ne se retournent pas. Pour arrêter un abonnement, consultez « Résilier ou suspendre votre abonnement Lumen Plus ».`,
  },
  {
    slug: "exchanges",
    title: "Échanger un article",
    tags: ["échange", "échanger", "autre couleur", "autre taille", "autre modèle", "mauvaise couleur", "remplacer", "puis-je échanger un article contre une autre taille ou couleur ?", "comment échanger un produit", "un échange est-il payant ?", "et si le nouveau modèle coûte plus cher ?", "échanger contre un autre", "échanger contre une autre taille", "payer la différence", "échange plutôt qu'un remboursement", "l'échange a-t-il des frais de retour ?", "trop petit ou trop grand", "la taille au-dessus ou en dessous"],
    body: `Si vous voulez le même produit dans une autre couleur, une autre taille ou une autre version, vous pouvez l'échanger au lieu de le retourner contre un remboursement. Les échanges suivent le même délai que les retours : 30 jours après la livraison, ou 60 jours pour les membres Lumen Plus Pro et Premium.

1. Allez dans **Account > Orders** et sélectionnez la commande.
2. Cliquez sur **Return items** et choisissez **Exchange** (échange).
3. Choisissez la nouvelle version. Si elle coûte plus cher, vous payez la différence ; si elle coûte moins cher, nous vous remboursons la différence.
4. Renvoyez l'article d'origine avec l'étiquette prépayée.

Nous expédions l'article de remplacement dès que le transporteur scanne votre colis : inutile d'attendre qu'il nous parvienne. Les échanges n'entraînent pas de frais de retour.

Vous voulez un produit complètement différent ? Retournez l'article contre un remboursement et passez une nouvelle commande. C'est généralement plus rapide et vous pouvez profiter des codes promo en cours.`,
  },
  {
    slug: "partial-refunds-and-store-credit",
    title: "Remboursements partiels et avoir",
    tags: ["remboursement partiel", "avoir", "crédit boutique", "remboursement", "remboursé moins que prévu", "portefeuille", "solde de carte cadeau", "pourquoi mon remboursement est-il inférieur à ce que j'attendais ?", "puis-je recevoir un avoir plutôt qu'un remboursement ?", "l'avoir expire-t-il ?", "pourquoi n'ai-je récupéré qu'une partie de mon argent ?", "encaisser mon avoir", "solde du compte"],
    body: `**Pourquoi mon remboursement est-il inférieur à ce que j'attendais ?** Un remboursement peut être partiel lorsque :

- Vous n'avez retourné qu'une partie des articles d'une commande.
- Les frais de retour de 5,95 $ (7,95 CA$ / 5,95 €) ont été déduits d'un retour pour changement d'avis.
- Un article est revenu utilisé, endommagé ou sans ses accessoires. Nous vous envoyons des photos par e-mail et expliquons la déduction.
- Un code promo s'appliquait à toute la commande ; la remise est répartie entre les articles.

**Avoir.** Au lieu d'un remboursement sur votre carte, vous pouvez choisir un avoir au moment de lancer le retour. L'avoir est crédité dès que nous recevons le retour : c'est plus rapide qu'un remboursement sur carte. L'avoir :

1. Apparaît dans **Account > Wallet**.
2. S'applique automatiquement lors du paiement (vous pouvez le désactiver).
3. N'expire jamais et ne peut pas être échangé contre de l'argent.

Les remboursements des commandes payées avec une carte cadeau sont toujours versés sous forme d'avoir. L'avoir est perdu si vous supprimez votre compte.`,
  },
  {
    slug: "payment-declined",
    title: "Mon paiement a échoué ou a été refusé",
    tags: ["paiement refusé", "paiement échoué", "carte refusée", "carte rejetée", "impossible de payer", "erreur de paiement", "3d secure", "pourquoi ma carte a-t-elle été refusée ?", "mon paiement échoue à chaque fois", "la vérification de ma banque a échoué", "que faire si mon paiement ne passe pas", "la carte ne passe pas", "la transaction ne passe pas", "ma carte est refusée mais elle marche ailleurs"],
    body: `Un paiement refusé est presque toujours une décision de votre banque ou de l'émetteur de votre carte, et on ne nous en donne pas la raison exacte. Voici ce qu'il faut vérifier :

1. **Les données de la carte.** Saisissez à nouveau le numéro, la date d'expiration et le cryptogramme.
2. **L'adresse de facturation.** Elle doit correspondre à celle que connaît votre banque, code postal compris.
3. **Le solde et les plafonds.** Vérifiez que la carte dispose d'un solde suffisant et n'a pas atteint son plafond journalier.
4. **La vérification de sécurité.** Validez l'étape 3-D Secure dans l'application de votre banque si elle vous est demandée. Les bloqueurs de fenêtres pop-up peuvent la masquer.
5. **Un blocage de la banque.** Appelez votre banque : elle bloque parfois les paiements en ligne ou internationaux.
6. **Un autre moyen de paiement.** Essayez une autre carte, PayPal, Apple Pay ou Google Pay.

Une tentative refusée peut laisser une empreinte temporaire sur votre carte. Ce n'est pas un débit et elle disparaît d'elle-même ; voir « Double débit ou autorisation en attente ».

Si le renouvellement de Lumen Plus échoue, nous réessayons pendant 7 jours et vous prévenons par e-mail. Mettez votre carte à jour pour conserver vos avantages.`,
  },
  {
    slug: "double-charge-or-pending-authorisation",
    title: "Double débit ou autorisation en attente",
    tags: ["double débit", "débité deux fois", "prélevé deux fois", "paiement en double", "en attente", "autorisation", "empreinte bancaire", "débit supplémentaire", "pourquoi ai-je été débité deux fois ?", "il y a un paiement en attente sur ma carte", "je vois deux paiements pour une commande", "quand une autorisation en attente disparaît-elle ?", "deux débits sur mon relevé", "débité pour une commande annulée", "vous m'avez prélevé deux fois", "débit en attente après annulation"],
    body: `Si vous voyez deux montants pour une seule commande, l'un d'eux est généralement une **autorisation en attente**, pas un vrai débit.

Quand vous passez commande, nous demandons à votre banque de bloquer le montant. Quand la commande est expédiée, ce blocage est remplacé par le débit définitif. Tant que votre banque n'a pas levé le blocage initial, les deux peuvent apparaître sur votre relevé.

Des blocages supplémentaires peuvent aussi apparaître quand :

- Une tentative de paiement a été refusée et vous avez réessayé.
- Vous avez modifié la commande et le total a changé.
- Vous avez annulé la commande avant son expédition.

Les blocages en attente disparaissent automatiquement, généralement sous **3 à 7 jours ouvrés** selon votre banque. Nous ne pouvons pas les lever plus tôt.

**Si les deux débits sont définitifs** (ils ne sont plus indiqués comme en attente) :

1. Vérifiez dans **Account > Orders** que vous n'avez pas passé deux commandes.
2. Contactez-nous avec le numéro de commande et une capture d'écran des deux débits.
3. Nous remboursons le doublon sur votre moyen de paiement d'origine sous 5 à 10 jours ouvrés.`,
  },
  {
    slug: "invoices-and-receipts",
    title: "Télécharger factures et reçus",
    tags: ["facture", "reçu", "facture avec tva", "télécharger la facture", "pdf", "justificatif", "historique de facturation", "facture société", "où trouver mes factures ?", "comment télécharger un reçu ?", "puis-je avoir une facture au nom de ma société ?", "où sont les reçus de mon abonnement ?", "renvoyer le reçu", "j'ai besoin d'une copie de mon reçu"],
    body: `Chaque commande et chaque paiement d'abonnement s'accompagnent d'une facture PDF que vous pouvez télécharger à tout moment.

**Factures de commande :**

1. Allez dans **Account > Orders**.
2. Sélectionnez la commande.
3. Cliquez sur **Download invoice**.

La facture est disponible dès que la commande est expédiée. Une commande expédiée en plusieurs colis n'a qu'une seule facture.

**Reçus Lumen Plus :** allez dans **Account > Membership > Billing history** et cliquez sur le reçu à côté de chaque paiement.

**Informations de société.** Pour faire apparaître un nom de société ou un numéro de TVA sur vos factures, ajoutez-les dans **Account > Billing details** avant de commander. Besoin qu'une ancienne facture soit réémise avec ces informations ? Contactez-nous dans les 30 jours suivant la date de commande et nous vous enverrons une copie corrigée.

Les factures indiquent les prix dans la devise débitée (USD, CAD ou EUR), avec la taxe de vente, la TPS/TVH ou la TVA détaillée à part.`,
  },
  {
    slug: "update-payment-card",
    title: "Mettre à jour votre carte enregistrée",
    tags: ["mettre à jour la carte", "changer de carte", "nouvelle carte", "carte expirée", "moyen de paiement", "carte enregistrée", "carte par défaut", "comment changer ma carte ?", "ma carte a expiré, comment en ajouter une nouvelle ?", "comment supprimer une carte enregistrée ?", "comment choisir le moyen de paiement par défaut ?", "retirer l'ancienne carte", "supprimer une carte de mon compte", "ma banque m'a envoyé une nouvelle carte"],
    body: `Gardez les informations de votre carte à jour pour que vos commandes et vos renouvellements Lumen Plus passent sans problème.

1. Allez dans **Account > Payment methods**.
2. Cliquez sur **Add payment method** et saisissez la nouvelle carte, ou connectez PayPal.
3. Sélectionnez **Make default** à côté de la carte à utiliser.
4. Supprimez l'ancienne carte ou la carte expirée si vous n'en avez plus besoin.

Votre moyen de paiement **par défaut** sert aux renouvellements Lumen Plus. Si un renouvellement échoue, la mise à jour de votre carte déclenche immédiatement une nouvelle tentative.

**Commandes déjà passées.** Une commande déjà passée garde le moyen de paiement utilisé lors de l'achat. Les précommandes font exception : vous pouvez changer la carte d'une précommande depuis la page de la commande à tout moment avant son expédition.

Nous ne conservons jamais le numéro complet de votre carte ; il est conservé en toute sécurité par notre prestataire de paiement. Si votre banque vous envoie une carte de remplacement avec le même numéro, il suffit généralement de mettre à jour la date d'expiration.`,
  },
  {
    slug: "delayed-or-lost-package",
    title: "Mon colis est en retard ou perdu",
    tags: ["retard", "colis en retard", "pas reçu", "colis perdu", "non livré", "livré mais pas reçu", "volé", "suivi", "mon colis est en retard", "ma commande n'est pas arrivée", "le suivi indique livré mais je n'ai rien reçu", "je pense que mon colis a été perdu ou volé", "commande en retard", "livraison en retard", "ma commande aurait déjà dû arriver"],
    body: `La plupart des retards se règlent en quelques jours, surtout pendant les fêtes ou en cas de mauvais temps. Voici comment procéder :

1. **Consultez le suivi** dans **Account > Orders**. Repérez les messages comme « problème d'adresse » ou « retenu au dépôt ».
2. **Attendez 5 jours ouvrés** après la dernière date de livraison estimée. Beaucoup de colis en retard arrivent dans ce délai.
3. **Contactez-nous** s'il n'est toujours pas arrivé, ou si le suivi n'a pas bougé depuis 7 jours. Indiquez votre numéro de commande.

Nous ouvrons une enquête auprès du transporteur. S'il ne retrouve pas le colis, nous vous envoyons un **remplacement gratuit** ou un **remboursement intégral**, frais de port compris. C'est vous qui choisissez.

**Indiqué comme livré mais pas reçu ?** Renseignez-vous auprès de vos voisins et du gardien ou de la loge de l'immeuble, regardez autour de chez vous et attendez 48 heures, car les transporteurs scannent parfois le colis en avance. S'il reste introuvable, contactez-nous et nous menons l'enquête.

Les délais de livraison ne sont pas garantis, mais les frais de livraison express sont remboursés si un colis express arrive en retard par notre faute.`,
  },
  {
    slug: "customs-duties-and-taxes",
    title: "Douane, droits et taxes à l'international",
    tags: ["douane", "droits de douane", "taxes d'importation", "tva", "tps", "tvh", "international", "canada", "ue", "frais supplémentaires", "vais-je devoir payer des frais de douane ou d'importation ?", "les prix incluent-ils la tva ?", "la taxe de vente est-elle ajoutée au paiement ?", "le transporteur me demande de payer des droits à la livraison"],
    body: `Nous voulons que vous connaissiez le prix total au moment de payer, sans mauvaise surprise à la livraison.

**Canada.** La TPS/TVH et les éventuelles taxes de vente provinciales sont calculées lors du paiement. Nous réglons les droits d'importation à l'avance : rien ne vous sera demandé à la livraison.

**Union européenne.** Les prix incluent la TVA au taux de votre pays. Les commandes de l'UE partent de notre entrepôt situé dans l'UE : il n'y a donc pas de frais de douane.

**États-Unis.** Les commandes sont expédiées sur le territoire national. La taxe de vente est ajoutée lors du paiement lorsque c'est requis.

**On vous demande de payer des frais à la livraison ?** Cela ne devrait pas arriver. Merci de :

1. Ne pas payer le transporteur.
2. Photographier l'avis ou le message que vous avez reçu.
3. Nous contacter avec votre numéro de commande et la photo.

Nous réglons la question avec le transporteur. Si vous avez déjà payé, envoyez-nous le reçu et nous vous remboursons.

Les retours depuis le Canada et l'UE utilisent nos étiquettes prépayées et n'entraînent aucun frais de douane pour vous.`,
  },
  {
    slug: "order-confirmation-email-missing",
    title: "Je n'ai pas reçu l'e-mail de confirmation de commande",
    tags: ["e-mail de confirmation", "pas d'e-mail", "confirmation de commande", "mail non reçu", "spam", "courrier indésirable", "commande", "je n'ai pas reçu de confirmation de commande", "ma commande est-elle bien passée ?", "je n'ai reçu aucun e-mail pour ma commande"],
    body: `Les confirmations de commande sont généralement envoyées en **15 minutes** depuis orders@lumen.example. Si la vôtre n'est pas arrivée :

1. **Vérifiez les dossiers spam, courrier indésirable et promotions**, et recherchez « Lumen & Co. » dans votre boîte de réception.
2. **Vérifiez l'adresse e-mail** de votre compte dans **Account > Profile**. Une petite faute de frappe est une cause fréquente.
3. **Cherchez la commande** dans **Account > Orders**. Si elle y figure, elle est bien passée, même sans e-mail.
4. **Renvoyez l'e-mail** en ouvrant la commande et en cliquant sur **Resend confirmation**.
5. **Ajoutez-nous à vos contacts** pour que nos prochains e-mails arrivent dans votre boîte de réception.

Si la commande ne figure pas dans votre compte, elle n'a peut-être pas abouti. Regardez si votre relevé bancaire montre une autorisation en attente ; s'il y en a une mais pas de commande, elle disparaîtra sous 3 à 7 jours ouvrés.

Vous avez commandé sans compte ? Contactez-nous avec l'adresse e-mail utilisée et les quatre derniers chiffres de votre carte, et nous la retrouverons.`,
  },
  {
    slug: "pre-orders",
    title: "Comment fonctionnent les précommandes",
    tags: ["précommande", "pré-commande", "réservation", "bientôt disponible", "date de sortie", "quand sera-t-il expédié ?", "commande", "comment fonctionnent les précommandes ?", "quand suis-je débité pour une précommande ?", "quand ma précommande sera-t-elle expédiée ?", "puis-je annuler une précommande ?", "une précommande retarde-t-elle le reste de ma commande ?"],
    body: `Certains nouveaux produits peuvent être **précommandés** avant d'être en stock. Ils sont marqués *Pre-order* sur la fiche produit, avec une date d'expédition prévue.

- **Paiement.** Nous ne vous débitons qu'au moment de l'expédition. Vous verrez une petite empreinte de vérification lors de la commande, qui disparaît en quelques jours.
- **Garantie de prix.** Si le prix baisse avant l'expédition de votre précommande, vous payez le prix le plus bas.
- **Commandes mixtes.** Les articles en stock de la même commande partent tout de suite. L'article précommandé suit séparément, sans frais de port supplémentaires.
- **Retards.** Si la date d'expédition change, nous vous envoyons un e-mail avec la nouvelle date.

**Annuler une précommande** est possible à tout moment avant son expédition :

1. Allez dans **Account > Orders** et ouvrez la précommande.
2. Cliquez sur **Cancel pre-order**.

Vous pouvez aussi changer la carte utilisée pour une précommande depuis la page de la commande. Une fois livrés, les articles précommandés suivent la politique de retour habituelle.`,
  },
  {
    slug: "lumen-plus-plans-compared",
    title: "Comparatif des formules Lumen Plus",
    tags: ["lumen plus", "abonnement", "adhésion", "formules", "basic", "pro", "premium", "prix", "avantages", "livraison gratuite", "que comprend Lumen Plus ?", "combien coûte chaque formule ?", "quelle est la différence entre Basic, Pro et Premium ?", "quelle formule offre la livraison gratuite ?", "rejoindre lumen plus", "s'abonner", "devenir membre", "avantages membres", "l'abonnement vaut-il le coup ?"],
    body: `Lumen Plus est notre abonnement payant. Il existe trois formules :

**Basic, 4,99 $/mois**
- Livraison standard gratuite dès 25 $ d'achat
- Offres réservées aux membres
- Retours standard sous 30 jours

**Pro, 9,99 $/mois**
- Livraison standard gratuite sur toutes les commandes
- Retours prolongés à 60 jours
- Support prioritaire avec des réponses plus rapides
- Offres réservées aux membres

**Premium, 19,99 $/mois**
- Livraison express gratuite sur toutes les commandes
- Retours prolongés à 60 jours avec étiquettes de retour gratuites
- Support prioritaire par chat et par téléphone, 7 jours sur 7
- Accès anticipé aux nouveautés et aux soldes

**La facturation annuelle** vous offre deux mois : Basic 49,90 $, Pro 99,90 $ ou Premium 199,90 $ par an. Les membres au Canada et dans l'UE paient l'équivalent en CAD ou en EUR.

Pour vous abonner, allez dans **Account > Membership** et choisissez une formule. Les avantages commencent dès que votre premier paiement est validé.`,
  },
  {
    slug: "change-plan-or-billing-cycle",
    title: "Changer de formule ou passer à la facturation annuelle",
    tags: ["passer à une formule supérieure", "passer à une formule inférieure", "changer de formule", "facturation annuelle", "annuel", "lumen plus", "abonnement", "réduction", "comment passer à une formule supérieure ?", "comment réduire ma formule ?", "puis-je passer à la facturation annuelle ?", "quand un changement de formule prend-il effet ?", "que deviennent mes avantages si je passe à une formule inférieure ?", "ai-je les nouveaux avantages tout de suite ?"],
    body: `Vous pouvez changer de formule Lumen Plus ou de rythme de facturation à tout moment :

1. Allez dans **Account > Membership**.
2. Cliquez sur **Change plan**.
3. Choisissez la nouvelle formule et la facturation mensuelle ou annuelle.
4. Confirmez. Nous vous envoyons un récapitulatif par e-mail avec la date d'effet.

**Date d'effet.** Les passages à une formule supérieure ou inférieure et les changements de rythme de facturation prennent tous effet à votre **prochaine période de facturation**. D'ici là, vous gardez votre formule et vos avantages actuels, sans débit ni remboursement partiel.

**La facturation annuelle** vous fait économiser deux mois d'abonnement : Basic 49,90 $, Pro 99,90 $ et Premium 199,90 $ par an, contre 59,88 $, 119,88 $ et 239,88 $ en paiement mensuel. Les formules annuelles se renouvellent automatiquement chaque année, et nous vous envoyons un rappel 7 jours avant le renouvellement.

**Passer à Basic** ramène votre délai de retour à 30 jours pour les commandes passées après le changement. Les commandes antérieures gardent le délai de 60 jours.

Pour annuler un changement programmé, cliquez sur **Keep current plan** sur la page Membership.`,
  },
  {
    slug: "cancel-or-pause-membership",
    title: "Résilier ou suspendre votre abonnement Lumen Plus",
    tags: ["résilier l'abonnement", "annuler l'abonnement", "se désabonner", "suspendre", "mettre en pause", "arrêter lumen plus", "résiliation", "remboursement", "comment résilier mon abonnement ?", "puis-je suspendre mon abonnement ?", "suis-je remboursé si je résilie Lumen Plus ?", "comment empêcher le renouvellement de mon abonnement ?", "est-ce que je perds mes avantages si je résilie ?", "remboursement d'un abonnement que je n'ai pas utilisé"],
    body: `**Résilier**

1. Allez dans **Account > Membership**.
2. Cliquez sur **Cancel membership** et confirmez.

Vos avantages restent actifs jusqu'à la fin de la période déjà payée, et vous ne serez plus débité. Nous ne remboursons pas les mois ou années entamés. Exception pour les nouveaux membres : si vous résiliez dans les 14 jours suivant votre première adhésion sans avoir utilisé d'avantage, nous vous remboursons intégralement votre premier paiement.

**Suspendre** (formules mensuelles uniquement)

Pas encore prêt à résilier ? Vous pouvez suspendre votre abonnement :

1. Allez dans **Account > Membership** et cliquez sur **Pause membership**.
2. Choisissez 1, 2 ou 3 mois.

La suspension commence à votre prochaine date de facturation. Pendant la pause, vous n'êtes pas débité et n'avez pas d'avantages, puis l'abonnement reprend automatiquement avec la même formule. Vous pouvez suspendre une fois par période de 12 mois et reprendre plus tôt à tout moment.

Les formules annuelles ne peuvent pas être suspendues, mais vous pouvez passer à la facturation mensuelle à partir de votre prochain renouvellement.`,
  },
  {
    slug: "change-email-address",
    title: "Changer l'adresse e-mail de votre compte",
    tags: ["changer d'e-mail", "modifier l'adresse e-mail", "nouvelle adresse e-mail", "adresse mail", "compte", "profil", "identifiant", "comment changer mon adresse e-mail ?", "comment modifier l'e-mail de connexion ?", "je n'ai plus accès à mon ancienne adresse e-mail"],
    body: `Votre adresse e-mail sert à vous connecter et à recevoir le suivi de vos commandes. Pour la changer :

1. Connectez-vous et allez dans **Account > Profile**.
2. Cliquez sur **Edit** à côté de votre adresse e-mail.
3. Saisissez la nouvelle adresse et votre mot de passe actuel. Si la double authentification est activée, saisissez aussi un code.
4. Ouvrez l'e-mail de confirmation envoyé à la **nouvelle** adresse et cliquez sur le lien dans les 24 heures.

Le changement ne prend effet qu'après votre confirmation. D'ici là, continuez à vous connecter avec votre ancienne adresse. Nous prévenons aussi votre ancienne adresse, pour que vous sachiez si quelqu'un d'autre tente de la changer.

Les e-mails liés à vos commandes en cours et à votre abonnement passent à la nouvelle adresse dès la confirmation.

**Plus d'accès à votre ancienne adresse ou à votre compte ?** Contactez-nous depuis la nouvelle adresse avec votre nom, un numéro de commande récent et son code postal de livraison. Nous vérifions votre identité avant d'effectuer le changement, ce qui peut prendre jusqu'à 2 jours ouvrés.`,
  },
  {
    slug: "two-factor-authentication",
    title: "Activer la double authentification",
    tags: ["double authentification", "authentification à deux facteurs", "2fa", "application d'authentification", "code de sécurité", "code de vérification", "sécurité du compte", "codes de secours", "sms", "comment activer la double authentification ?", "j'ai perdu mon téléphone et je ne reçois plus le code", "où trouver mes codes de secours ?", "puis-je utiliser une application d'authentification ?", "configurer la 2fa", "activer la 2fa"],
    body: `La double authentification (2FA) ajoute une deuxième étape à la connexion, pour que votre compte reste protégé même si votre mot de passe est volé.

**Pour l'activer :**

1. Allez dans **Account > Security**.
2. Cliquez sur **Enable two-factor authentication**.
3. Choisissez une **application d'authentification** (recommandé) ou les **SMS**.
4. Scannez le QR code ou saisissez votre numéro de téléphone, puis tapez le code à 6 chiffres.
5. Conservez vos **10 codes de secours** en lieu sûr. Chacun ne sert qu'une fois.

Ensuite, vous saisirez un code après votre mot de passe. Cochez **Trust this device** pour ne plus avoir à saisir le code sur cet appareil pendant 30 jours.

**Téléphone perdu ?** Connectez-vous avec un code de secours, puis reconfigurez la 2FA sur votre nouvel appareil. Si vous n'avez pas de codes de secours, contactez-nous. Nous vérifions votre identité avant de désactiver la 2FA, ce qui peut prendre jusqu'à 2 jours ouvrés.

Notre équipe ne vous demandera jamais de code 2FA.`,
  },
  {
    slug: "delete-account-and-data",
    title: "Supprimer votre compte et vos données",
    tags: ["supprimer mon compte", "fermer mon compte", "clôturer le compte", "effacer mes données", "supprimer mes données", "droit à l'oubli", "rgpd", "confidentialité", "comment supprimer mon compte ?", "comment fermer mon compte ?", "pouvez-vous effacer mes données personnelles ?"],
    body: `Vous pouvez supprimer définitivement votre compte Lumen & Co. et vos données personnelles à tout moment.

**Avant de commencer :**
- Les commandes et retours en cours doivent être terminés ou annulés.
- Un abonnement Lumen Plus actif est résilié automatiquement, sans remboursement de la période en cours.
- L'**avoir** de votre portefeuille est perdu.

**Pour supprimer votre compte :**

1. Allez dans **Account > Privacy**.
2. Cliquez sur **Delete my account**.
3. Saisissez votre mot de passe et confirmez.
4. Cliquez sur le lien de l'e-mail de confirmation.

Votre compte est désactivé immédiatement. Si vous changez d'avis, contactez-nous dans les **14 jours** et nous pourrons le restaurer. Passé ce délai, vos données personnelles sont effacées sous 30 jours.

Nous conservons les factures des commandes aussi longtemps que la loi fiscale l'exige, généralement jusqu'à 7 ans, mais elles ne sont plus liées à un compte. Si vous souhaitez d'abord une copie de vos données, demandez un export avant la suppression.`,
  },
  {
    slug: "how-we-use-your-data",
    title: "Comment nous utilisons vos données",
    tags: ["confidentialité", "données personnelles", "utilisation des données", "cookies", "e-mails marketing", "newsletter", "rgpd", "partage des données", "se désinscrire", "vendez-vous mes données ?", "avec qui partagez-vous mes informations ?", "combien de temps gardez-vous mes données ?", "comment ne plus recevoir d'e-mails marketing ?"],
    body: `Nous ne collectons que les données nécessaires pour traiter vos commandes et améliorer votre expérience.

**À quoi elles servent :**
- Traiter et livrer les commandes, les retours et les remboursements
- Répondre à vos demandes d'assistance
- Prévenir la fraude et sécuriser votre compte
- Avec votre accord : e-mails marketing, recommandations personnalisées et cookies de mesure d'audience

**Avec qui nous les partageons.** Uniquement avec les partenaires nécessaires pour vous servir, comme les prestataires de paiement et les transporteurs. **Nous ne vendons jamais vos données personnelles.**

**Combien de temps nous les gardons.** Les données du compte sont conservées tant que le compte est ouvert. Les conversations avec le service client sont conservées 24 mois, et les factures aussi longtemps que la loi fiscale l'exige.

**Vos choix :**

1. Gérez les e-mails marketing et les cookies dans **Account > Privacy**, ou utilisez le lien de désinscription présent dans chaque e-mail.
2. Demandez une copie de vos données avec **Download my data**.
3. Supprimez votre compte et vos données à tout moment.

Des questions ? Écrivez à privacy@lumen.example.`,
  },
  {
    slug: "data-export-request",
    title: "Demander une copie de vos données",
    tags: ["export des données", "télécharger mes données", "copie de mes données", "rgpd", "droit d'accès", "confidentialité", "données personnelles", "puis-je obtenir une copie de mes données ?", "comment télécharger toutes mes données personnelles ?", "comment exercer mon droit d'accès ?"],
    body: `Vous pouvez télécharger gratuitement, à tout moment, une copie des données personnelles que nous détenons sur vous.

1. Connectez-vous et allez dans **Account > Privacy**.
2. Cliquez sur **Download my data**.
3. Confirmez avec votre mot de passe (et un code 2FA s'il est activé).

Nous vous prévenons par e-mail quand votre fichier est prêt. Cela prend généralement **jusqu'à 48 heures** et jamais plus de 30 jours. Le lien de téléchargement est valable **7 jours**.

L'export est un fichier ZIP contenant des fichiers CSV et JSON lisibles avec :
- Votre profil, vos adresses et vos préférences de communication
- L'historique de vos commandes, retours et remboursements
- Votre abonnement Lumen Plus et l'historique de facturation
- Vos conversations avec le service client
- Les avis produits que vous avez rédigés

Les numéros de carte ne sont pas inclus, car nous ne les conservons jamais.

Vous pouvez demander un export toutes les 24 heures. Si vous n'avez plus accès à votre compte, écrivez à privacy@lumen.example depuis l'adresse de votre compte et nous vérifierons d'abord votre identité.`,
  },
  {
    slug: "smart-lamp-wifi-setup",
    title: "La lampe connectée Aurora ne se connecte pas au Wi-Fi",
    tags: ["lampe connectée", "aurora", "wifi", "wi-fi", "ne se connecte pas", "installation", "appairage", "2,4 ghz", "réinitialiser la lampe", "application lumen home", "ma lampe connectée ne se connecte pas au wi-fi", "la lampe ne s'appaire pas avec l'application", "comment réinitialiser la lampe Aurora ?", "la lampe ne trouve pas mon réseau"],
    body: `La lampe connectée Aurora se connecte **uniquement au Wi-Fi 2,4 GHz**. Elle ne voit pas les réseaux 5 GHz, ce qui est la cause la plus fréquente d'échec de l'installation.

**Vérifiez votre réseau :**
- Si votre box regroupe 2,4 et 5 GHz sous un même nom, désactivez temporairement le 5 GHz ou créez un réseau 2,4 GHz séparé.
- Utilisez la sécurité WPA2. Les réseaux masqués et les portails captifs (Wi-Fi d'hôtel ou de campus) ne sont pas pris en charge.
- Gardez la lampe à moins de 10 m de la box pendant l'installation.

**Réinitialisez la lampe et réessayez :**

1. Branchez la lampe et allumez-la.
2. Maintenez le bouton marche/arrêt enfoncé **10 secondes**, jusqu'à ce que la lumière clignote en orange.
3. Ouvrez l'application **Lumen Home** et touchez **Add device > Aurora Smart Lamp**.
4. Autorisez l'accès au Bluetooth et à la localisation quand l'application le demande.
5. Sélectionnez votre réseau 2,4 GHz et saisissez soigneusement le mot de passe.

Si elle ne se connecte toujours pas, redémarrez votre box et recommencez la réinitialisation.`,
  },
  {
    slug: "app-login-loop",
    title: "L'application Lumen Home me demande sans cesse de me connecter",
    tags: ["application", "appli", "lumen home", "boucle de connexion", "déconnexion permanente", "impossible de se connecter", "l'application plante", "vider le cache", "mettre à jour l'application", "l'application me déconnecte tout le temps", "l'application Lumen Home me redemande de me connecter", "je suis bloqué dans une boucle de connexion"],
    body: `Si l'application Lumen Home vous renvoie à l'écran de connexion après vous être connecté, les données enregistrées dans l'application sont généralement obsolètes. Suivez ces étapes :

1. **Mettez l'application à jour** depuis l'App Store ou Google Play. Les anciennes versions ne peuvent plus se connecter après les mises à jour du serveur.
2. **Videz le cache.** Sur Android, allez dans **Paramètres > Applications > Lumen Home > Stockage > Vider le cache**. Sur iPhone, supprimez l'application et réinstallez-la ; vos appareils restent liés à votre compte.
3. **Vérifiez que la date et l'heure** du téléphone sont réglées automatiquement. Une horloge erronée fait paraître les jetons de connexion expirés.
4. **Désactivez temporairement les VPN et les bloqueurs de publicité.**
5. **Reconnectez-vous** avec votre e-mail et votre mot de passe Lumen & Co.

Si vous utilisez la double authentification, saisissez le code dans les 5 minutes.

Toujours bloqué ? Essayez de vous connecter sur lumen.example pour vérifier que votre mot de passe fonctionne, puis contactez-nous en indiquant le modèle de votre téléphone et la version de l'application.`,
  },
  {
    slug: "firmware-update-failed",
    title: "La mise à jour du firmware a échoué",
    tags: ["firmware", "micrologiciel", "échec de la mise à jour", "mise à jour du firmware", "bloqué en mise à jour", "mise à jour de l'appareil", "lampe connectée", "lumen home", "erreur", "la mise à jour du firmware a échoué", "l'appareil reste bloqué en mise à jour", "la lampe clignote en bleu après une mise à jour"],
    body: `Les mises à jour du firmware améliorent les performances et la sécurité des appareils connectés Lumen. Si une mise à jour échoue ou reste bloquée :

1. **Laissez l'appareil alimenté.** Ne le débranchez jamais pendant une mise à jour.
2. **Attendez 15 minutes.** Certaines mises à jour redémarrent l'appareil plusieurs fois.
3. **Vérifiez la connexion.** Rapprochez l'appareil de la box, ou votre téléphone de l'appareil. Vérifiez que l'appareil est sur le Wi-Fi 2,4 GHz.
4. **Relancez depuis l'application.** Dans **Lumen Home**, ouvrez l'appareil, puis **Settings > Firmware > Update now**.
5. **Redémarrez-le.** Débranchez l'appareil 30 secondes, rebranchez-le et réessayez.

**L'appareil ne démarre plus après l'échec ?** Il passe automatiquement en mode de récupération, signalé par une lente pulsation bleue sur la lampe connectée Aurora. Ouvrez l'application Lumen Home à proximité et suivez l'invite **Restore firmware**.

Si la mise à jour échoue encore après deux tentatives, contactez-nous avec le numéro de série de l'appareil, indiqué dans **Settings > About**. Les appareils qui ne peuvent pas être récupérés sont remplacés au titre de la garantie.`,
  },
  {
    slug: "coffee-grinder-not-turning-on",
    title: "Le moulin Brewmaster Burr Grinder ne s'allume pas",
    tags: ["moulin à café", "brewmaster", "moulin", "broyeur", "ne s'allume pas", "ne fonctionne pas", "pas de courant", "en panne", "surchauffe", "cuisine", "mon moulin à café ne s'allume pas", "le moulin Brewmaster n'a plus de courant", "le moulin a cessé de fonctionner"],
    body: `Le moulin Brewmaster Burr Grinder dispose de sécurités qui l'empêchent de fonctionner si tout n'est pas bien en place. Vérifiez les points suivants dans l'ordre :

1. **L'alimentation.** Branchez le moulin directement sur une prise murale qui fonctionne, pas sur une rallonge ni sur une prise programmable.
2. **Le réservoir à grains.** Tournez-le jusqu'au déclic de verrouillage. Le moulin ne démarre pas s'il est desserré.
3. **Le bac à mouture.** Enfoncez-le complètement. Un capteur détecte sa présence.
4. **La surchauffe.** Après une longue mouture, le moteur se coupe pour se protéger. Débranchez-le et laissez-le refroidir **30 minutes**.
5. **Un bourrage.** Débranchez-le, retirez le réservoir et la meule supérieure, et brossez les grains coincés. Les grains gras ou aromatisés bouchent plus souvent.

Si l'écran s'allume mais que le moteur ne tourne pas, ou si rien ne se passe après toutes ces vérifications, le moulin est peut-être défectueux. Il est couvert par notre garantie : contactez-nous avec votre numéro de commande et une courte vidéo du problème.`,
  },
  {
    slug: "checkout-error-promo-code",
    title: "Erreur lors du paiement ou code promo refusé",
    tags: ["erreur de paiement", "code promo", "code de réduction", "bon de réduction", "coupon", "le code ne marche pas", "impossible de valider la commande", "erreur sur la page de paiement", "mon code promo ne fonctionne pas", "le code de réduction n'est pas valide", "j'ai une erreur au moment de payer", "puis-je utiliser deux codes sur une commande ?"],
    body: `**Le code promo ne s'applique pas ?** Vérifiez les conditions indiquées avec le code :

- Un seul **code promo** peut être utilisé par commande.
- Beaucoup de codes exigent un **minimum d'achat** ou ne valent que pour certaines catégories.
- Les codes ne s'appliquent pas aux cartes cadeaux, aux abonnements Lumen Plus ni aux articles marqués *Final sale*.
- Vérifiez la **date d'expiration** et que le code est valable dans votre région (États-Unis, Canada ou UE).
- Certains codes sont à usage unique ou réservés à une première commande.

Saisissez le code sans espaces ; les majuscules et minuscules n'ont pas d'importance.

**La page de paiement affiche une erreur ?**

1. Actualisez la page. Votre panier est conservé.
2. Désactivez les bloqueurs de publicité et les extensions du navigateur pour lumen.example.
3. Videz le cache et les cookies de votre navigateur, ou essayez une fenêtre de navigation privée.
4. Essayez un autre navigateur, ou l'application.
5. Retirez puis rajoutez tout article indiqué « indisponible ».

Si l'erreur persiste, contactez-nous avec une capture d'écran. Merci de ne pas relancer le paiement de nombreuses fois : chaque tentative peut créer une empreinte temporaire sur votre carte.`,
  },
];
