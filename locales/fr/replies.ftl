## Sources de revenus

stream-creator_rewards = Programme de récompenses des créateurs
stream-creator_fund = Fonds des créateurs
stream-brand_deal = Partenariats de marques
stream-live_gifts = Cadeaux LIVE
stream-video_gifts = Cadeaux vidéo (Video Gifts)
stream-subscriptions = Abonnements payants
stream-affiliate = Affiliation et TikTok Shop
stream-products = Vos propres produits
stream-pulse = TikTok Pulse
programme-marketplace = Creator Marketplace (partenariats)
topic-engagement = Engagement
topic-growth = Croissance
topic-payouts = Paiements
topic-taxes = Impôts

## Unités

per-month = sur 30 jours
per-sponsored_video = par vidéo sponsorisée
per-launch = par lancement (ventes à votre audience actuelle)
per-gifts = pour les cadeaux indiqués
per-sales = pour les ventes indiquées

## Montants et éligibilité

range = { $low } – { $high }
range-open = { $low } – { $high } et plus
range-single = { $amount }
range-approx = ≈ { $low } – { $high }
range-open-approx = ≈ { $low } – { $high } et plus
range-single-approx = ≈ { $amount }
range-from = { $amount } et plus
range-from-approx = ≈ { $amount } et plus
range-per = { $range } { $per }
month-alone = { $month ->
    [1] janvier
    [2] février
    [3] mars
    [4] avril
    [5] mai
    [6] juin
    [7] juillet
    [8] août
    [9] septembre
    [10] octobre
    [11] novembre
   *[12] décembre
}
month-of-year = { month-alone } { $year }
range-once-eligible = Une fois éligible : { $range } { $per }
list-separator = {" ; "}
verdict-eligible = ✅ Éligible
verdict-not-eligible = ❌ Pas éligible : { $missing }
verdict-unknown = ❔ À vérifier : { $what }
verdict-not-confirmed = ❔ Non confirmé dans votre pays ({ $country }) : aucune de nos sources ne dit que le programme y est ouvert
unsettled-short = seuil habituel, pas une règle : { $missing }
verdict-not-eligible-short = ❌ Pas éligible
verdict-unknown-short = ❔ À vérifier
missing-followers = { $count ->
    [one] il vous manque { $count } abonné
   *[other] il vous manque { $count } abonnés
}
missing-views = { $count ->
    [one] il vous manque { $count } vue sur 30 jours
   *[other] il vous manque { $count } vues sur 30 jours
}
missing-age = il faut avoir au moins { $min } ans
missing-length = vos vidéos doivent durer plus d'une minute
unsettled-needs-followers = il faut au moins { $threshold } abonnés : donnez les vôtres ({ $option })
unsettled-needs-views = il faut au moins { $threshold } vues sur 30 jours : donnez les vôtres ({ $option })
unsettled-needs-country = il faut vivre dans un pays où le programme est ouvert : donnez le vôtre ({ $option })
unsettled-needs-age = il faut avoir au moins { $threshold } ans : donnez votre âge ({ $option })
unsettled-needs-length = { $threshold ->
    [61] il faut des vidéos de plus d'une minute
   *[other] il faut des vidéos d'au moins { $threshold } secondes
} : donnez leur durée ({ $option })
unsettled-no-threshold = il faut aussi un engagement élevé, sans seuil public
unsettled-fund-status = les articles ne s'accordent pas sur son statut (voir ci-dessous)
unsettled-brand-open = pas de seuil officiel : selon { $source }, des marques signent dès { $low } à { $high } abonnés si le public est très engagé
## Conditions of a programme, one line each (stats, eligibilite)
condition-age = avoir { $min } ans ou plus
condition-followers = { $min } abonnés
condition-views = { $min } vues sur 30 jours
condition-length = { $min ->
    [61] des vidéos de plus d'une minute
   *[other] des vidéos d'au moins { $min } secondes
}
condition-country = vivre dans un pays où le programme est ouvert
condition-guidelines = respecter les règles de la communauté TikTok
condition-original = publier des vidéos originales
check-met = ✅ { $condition }
check-paid = ✅ { $condition } : TikTok vous a payé pour { $month } (votre paiement enregistré)
check-missing = ❌ { $condition } : { $missing }
check-not-met = ❌ { $condition }
check-short = ❔ { $condition }, un seuil habituel plutôt qu'une règle : { $missing }
check-needs = ❔ { $condition } : à renseigner ({ $hint })
check-country-needs = ❔ { $condition } : à renseigner ({ $hint }) ; pays nommés : { $lists }
check-country-confirmed = ✅ { $condition } : { $country }, nommé par { $source }
check-country-unconfirmed = ❔ { $condition } : { $country } n'est nommé par aucune source ({ $source } donnent des listes non exhaustives)
check-up-to-you = ☑️ { $condition } : à vous d'y veiller, TikTok le vérifie ({ $source })
footer-sources = Sources : { $list } · détails avec /sources

## Citations

cite-short = { $who }, { $year }
cite-short-undated = { $who }, s. d.
cite-long = { $who }, « { $title } », { $year }
cite-long-label = { $who }, { $label }, { $year }
cite-no-year = s. d.
region-europe = France et Europe
region-unspecified = Sans région précisée

## D'où vient chaque chiffre

part-where = { $place } : { $range } selon { $source }
part-own-rate = À votre rythme : { $range } ({ $rate } pour 1 000 vues qualifiées, d'après { $payouts ->
    [one] votre paiement
   *[other] vos { $payouts } paiements
} ; le dernier : { $newest })
part-where-often = { $place }, le plus souvent : { $range } selon { $source }
part-where-span = { $place }, du plus bas au plus haut : { $range } selon { $source }
part-source = { $range } selon { $source }
part-anchor = { $range } : chiffre donné pour { $followers } abonnés ({ $source })
part-anchor-hot = Dans une niche recherchée ({ $niches }) : { $range }, chiffre donné pour { $followers } abonnés ({ $source })
part-niche-or-general = Dans une niche recherchée ({ $niches }) : { $range }, le plus haut du tarif de niche ({ $niche_range }) et du tarif général pour { $followers } abonnés ({ $general_range }), selon { $source }
part-interpolated = { $range } : interpolé sur une échelle logarithmique entre { $from } abonnés ({ $from_range }) et { $to } abonnés ({ $to_range }), selon { $source }
part-interpolated-hot = Dans une niche recherchée ({ $niches }) : { $range }, interpolé sur une échelle logarithmique entre { $from } abonnés ({ $from_range }) et { $to } abonnés ({ $to_range }), selon { $source }
part-live-diamonds = { $range } : vos diamants à { $diamond } pièce ({ $source })
part-live-converters = { $range } : { $coins } pièces pour 1 diamant, à { $diamond } le diamant, selon les convertisseurs publics ({ $source })
part-live-share = { $range } : la moitié environ de ce que paient les spectateurs ({ $share } selon { $source }, à { $coin } la pièce)
part-live-share-diamonds = { $range } : la moitié environ de ce que paient les spectateurs, à { $coins } pièces le diamant ({ $per_diamond }) et { $coin } la pièce ({ $share } selon { $source })
note-live-unit-values = Un diamant vaut environ { $diamond } ({ $diamond_source }) ; il faut { $coins } pièces pour un diamant ({ $coins_source }) ; une pièce coûte environ { $coin } aux spectateurs ({ $coin_source }) ; vous gardez environ { $share } de ce qu'ils paient, TikTok le reste ({ $share_source }).

## Notes

note-at-most-france = Aucune source ne confirme le programme dans votre pays : le montant montré est celui de la France, le pays que décrivent les cinq articles, une fois le programme ouvert chez vous ; jamais plus.
note-country-confirmed = Pays confirmé : { $country } (sources : { $source }).
note-below-threshold = En dessous de { $threshold } vues sur 30 jours, le programme ne paie rien.
note-crp-by-region = Les articles donnent un taux par région : donnez votre pays pour ne garder que le vôtre (pays:FR) ; chiffres propres à : { $countries }.
note-needs-option = Donnez vos chiffres pour estimer ce revenu (par exemple { $hint }).
note-sources-disagree = Les sources ne donnent pas la même fourchette : le total les couvre toutes.
note-brand-no-price = Aucune source ne donne de tarif sous { $followers } abonnés.
note-brand-last-figure = Les articles ne chiffrent rien au-delà de { $followers } abonnés : c'est leur dernier tarif par vidéo.
note-brand-engagement-above = Votre engagement ({ $engagement }) est au-dessus de la moyenne des comptes de votre taille ({ $typical }, { $source }) ; aucune source ne chiffre son effet sur le prix.
note-brand-engagement-below = Votre engagement ({ $engagement }) est en dessous de la moyenne des comptes de votre taille ({ $typical }, { $source }) ; aucune source ne chiffre son effet sur le prix.
note-brand-engaged-audiences = Ces tarifs sont donnés pour des abonnés « très engagés » ou « actifs » ; aucune source ne chiffre l'effet d'un engagement plus faible (ajoutez engagement: pour vous situer).
note-live-share-disagrees = Les sources ne s'accordent pas sur votre part : d'après les valeurs des convertisseurs, vous garderiez environ { $implied } de ce que paient les spectateurs, contre environ { $share } selon l'article ; les deux lectures sont montrées.
note-needs-gifts = Donnez les pièces ou les diamants reçus pour chiffrer vos cadeaux ({ $coins } ou { $diamonds }).
note-video-gifts-like-live = Même principe que les cadeaux LIVE (pièces, puis diamants) : /live pieces: chiffre des cadeaux reçus.
note-subscriptions-no-figure = Aucune source ne donne de prix ni de part pour les abonnements.
note-no-public-rate = Aucun chiffre public sur ce que paie Pulse (une part des revenus publicitaires).
note-no-commission = Aucune source fiable ne donne de commission type : indiquez la vôtre.
note-revenue = { $sales ->
    [one] Chiffre d'affaires (pas un bénéfice) : { $sales } vente.
   *[other] Chiffre d'affaires (pas un bénéfice) : { $sales } ventes.
}

## Ce que disent les articles

claim-crp_review = L'accès n'est pas automatique : TikTok peut prendre plusieurs semaines pour examiner une demande ({ $source }).
claim-crp_qualified_views = Seules les vues qualifiées de vidéos de plus d'une minute sont payées ; TikTok ne paie ni les likes ni les commentaires ({ $source }).
claim-fund_open = { $source } le présentent comme le fonds actuel, avec ses conditions et la marche à suivre pour l'activer.
claim-fund_replaced = { $source } disent que le Programme de récompenses l'a remplacé.
claim-fund_tens_of_euros = À { $views } vues, un article annonce « quelques dizaines d’euros du fonds créateurs », bien plus que ce que son propre taux pour 1 000 vues donne : il se contredit ({ $source }).
claim-live_options_10k = Certaines options des LIVE Gifts demandent { $followers } abonnés, sans dire lesquelles ({ $source }).
claim-live_contests = « TikTok organise régulièrement des concours où les gains peuvent être directement versés aux créateurs les plus performants » ({ $source }).
claim-brand_1m_campaign = Au-delà de { $followers } abonnés, « plusieurs milliers d'euros par campagne », sans chiffre plus précis ({ $source }).
claim-brand_small_accounts = Des marques signent dès { $low } à { $high } abonnés si le public est très engagé ({ $source }).
claim-brand_engagement = « Un créateur avec 10 000 abonnés mais 15% d’engagement sera souvent préféré à un compte de 50 000 abonnés avec seulement 2% d’engagement » ({ $source }).
claim-brand_niche_over_size = Un compte de { $niche } abonnés très actifs dans une niche précise peut facturer plus cher qu'un compte généraliste de { $general } abonnés ({ $source }).
claim-brand_marketplace = Pas de seuil publié (« varie ») ; la Creator Marketplace met en relation marques et créateurs ({ $source }).
claim-parental_consent = Avant 18 ans : pas de monétisation, « sauf accord parental spécifique » ({ $source }).
claim-live_rate_varies = Le taux de conversion des diamants en argent varie ({ $source }).
claim-video_gifts_rollout = fonctionnalité encore en déploiement, sans conditions publiées ({ $source })
claim-subscriptions_testing = TikTok teste des abonnements payants à contenu exclusif, payés chaque mois ({ $source })
claim-pulse_conditions = Conditions : « souvent » plus de { $followers } abonnés et un taux d'engagement élevé ({ $source }).
claim-growth_example = Exemple de l'article : en publiant { $videos } vidéos par semaine, passer de { $from } à { $to } vues par mois en { $months } mois ({ $source }).
claim-views_ceiling = TikTok compte plus d'un milliard d'utilisateurs actifs par mois ({ $source }).
claim-payout_methods = Paiement par PayPal ou virement bancaire, en quelques jours ouvrables ({ $source }).
claim-product_programme_example = Exemple de l'article : un programme à { $price } vendu à { $conversion } de { $followers } abonnés, soit { $sales } ventes et { $revenue } ({ $source }).
claim-product_digital_example = Autre exemple : un produit numérique à { $price } acheté par { $conversion } de l'audience ({ $source }).
claim-affiliate_no_requirement = Pas d'exigence officielle ; commission sur chaque vente par lien, code promo ou TikTok Shop ({ $source }).
claim-community_guidelines = Respecter les règles de la communauté TikTok ({ $source }).
claim-crp_original = Des vidéos originales de plus d'une minute ({ $source }).
claim-fund_history = Lancé en juillet { NUMBER($year, useGrouping: "false") } avec { $launch } pour les créateurs des États-Unis et d'Europe, puis une promesse de { $total } dans le monde ({ $source }).
claim-how_fund = Pour l'activer : icône « Moi », les trois points en haut à droite, puis dans « Créateur », « Fonds pour les créateurs TikTok » ({ $source }).
claim-live_guidelines = Au moins 1 000 abonnés et le respect des règles de la communauté TikTok ({ $source }).
claim-live_chain = Les spectateurs achètent des pièces, les offrent en cadeaux pendant le LIVE ; les cadeaux deviennent des diamants que vous échangez contre de l'argent, TikTok prélevant une commission ({ $source }).
claim-how_live = Pour les activer : dans les paramètres du compte, « LIVE Gifts », puis « Autoriser les cadeaux » ({ $source }).
claim-how_marketplace = Pour rejoindre la Creator Marketplace : paramètres du compte, « Creator Tools », puis « TikTok Creator Marketplace », et remplissez votre profil ({ $source }).
claim-payouts_outside_app = Les partenariats et l'affiliation sont payés directement par l'entreprise avec laquelle vous travaillez, en dehors de l'application TikTok ({ $source }).
part-source-extrapolated = { $range } selon { $source }, extrapolé de son exemple à { $views } vues
part-source-between = { $range } selon { $source }, entre ses exemples à { $from } et { $to } vues

## /gains

gains-title = { $views ->
    [one] Estimation pour { $views } vue
   *[other] Estimation pour { $views } vues
}
gains-title-no-views = Estimation de vos revenus TikTok
gains-intro = Fourchettes honnêtes par source de revenus, chacune avec son unité : elles ne s'additionnent pas.
gains-followers = { $followers ->
    [one] Pour un compte de { $followers } abonné.
   *[other] Pour un compte de { $followers } abonnés.
}

## Une source à la fois

title-sponsorship = Ce que vaut une vidéo sponsorisée
title-live = Ce que vous touchez sur vos cadeaux LIVE
title-product = Ce que peut rapporter votre produit
title-affiliate = Vos commissions d'affiliation
title-eligibility = Votre éligibilité aux programmes TikTok
rules-countries-list = { $countries } selon { $source }

## /objectif

title-goal = Objectif : { $amount } par mois
goal-creator-rewards = Programme de récompenses : entre { $fewest } et { $most ->
        [one] { $most } vue qualifiée
       *[other] { $most ->
        [one] { $most } vue
       *[other] { $most } vues
    } qualifiées
    } par mois.
goal-creator-rewards-exact = Programme de récompenses : { $views } vues qualifiées par mois.
goal-creator-fund-exact = Fonds des créateurs, pour comparaison : { $views } vues.
goal-by-region = Le taux dépend de la région : donnez votre pays (pays:).
goal-crp-not-yet = Programme de récompenses : rien à compter dessus pour l'instant ({ $missing }).
goal-at-threshold = Au moins { $threshold } vues sur 30 jours dans tous les cas : en dessous, le programme ne paie rien.
goal-once-eligible = Ces vues ne paient qu'une fois éligible : { $missing }.
goal-fund-disputed = Le Fonds des créateurs n'est là que pour comparaison : les articles ne s'accordent pas sur son existence.
goal-crp-unconfirmed = Programme de récompenses : aucune source ne confirme qu'il est ouvert dans votre pays ({ $country }).
goal-creator-fund = Fonds des créateurs, pour comparaison : entre { $fewest } et { $most ->
        [one] { $most } vue
       *[other] { $most } vues
    }.
goal-beyond-audience = { $stream } : il faudrait plus de vues en un mois que TikTok n'a d'utilisateurs (plus de { $audience } par mois selon { $source }) ; aucun compte n'y arrive avec ce seul revenu.
goal-up-to-audience = { $stream } : au moins { $fewest } vues par mois, et au taux le plus bas plus que toute l'audience de TikTok (plus de { $audience } utilisateurs par mois selon { $source }).
goal-posts = Partenariats : entre { $fewest } et { $most } vidéos sponsorisées par mois à votre taille.
goal-posts-exact = { $posts ->
    [one] Partenariats : { $posts } vidéo sponsorisée par mois à votre taille.
   *[other] Partenariats : { $posts } vidéos sponsorisées par mois à votre taille.
}
goal-posts-open = Le tarif de votre taille est un minimum (« voire davantage ») : il en faudra peut-être moins.
goal-posts-no-price = Partenariats : aucune source ne donne de tarif à votre taille.
goal-posts-hint = Donnez votre nombre d'abonnés pour savoir combien de partenariats il faudrait ({ $hint }).
goal-sales = { $sales ->
    [one] Produit à { $price } : { $sales } vente par mois.
   *[other] Produit à { $price } : { $sales } ventes par mois.
}
goal-thresholds = Rappel : le Programme de récompenses demande aussi { $followers } abonnés et { $views } vues sur 30 jours.

## /projection

title-projection = Projection sur { $months } mois
title-projection-no-growth = Projection : il me faut votre croissance
projection-needs-growth = Aucune source ne donne de croissance type : indiquez la vôtre par mois (par exemple { $hint }).
projection-growth-given = Départ : { $views ->
        [one] { $views } vue
       *[other] { $views } vues
    } par mois, { $growth } par mois (votre hypothèse).
projection-field = Mois par mois (Programme de récompenses)
projection-month = Mois { $month } : { $views ->
        [one] { $views } vue
       *[other] { $views } vues
    } → { $money }
projection-nothing = rien
projection-threshold = {" "}✅ seuil des { $threshold } vues atteint
projection-below-threshold = Sous { $threshold } vues sur 30 jours, le Programme de récompenses ne paie rien.
projection-not-yet = Programme de récompenses : aucun montant pour l'instant ({ $missing }).
projection-unconfirmed = Aucune source ne confirme le programme dans votre pays ({ $country }) : pas de montant.
projection-by-region = Pays non précisé : les montants couvrent les taux de toutes les régions (précisez pays:).
projection-capped = La projection s'arrête à { $views } vues par mois, autant que TikTok compte d'utilisateurs actifs mensuels ({ $source }).
projection-caveat = Une projection n'est pas une promesse. Repère de l'article : { $videos } vidéos par semaine pour passer de { $from } à { $to } vues en { $months } mois ({ $source }).
title-projection-target = Dans combien de temps ?
projection-reach = À { $growth } par mois, { $unit ->
        [followers] de { $from } à { $to } abonnés
       *[views] de { $from } à { $to } vues par mois
    } : { $months } mois (votre hypothèse de croissance).
projection-reach-already = C'est déjà fait : { $unit ->
        [followers] { $from } abonnés
       *[views] { $from } vues par mois
    }, pour un objectif de { $to }.
projection-reach-never = À { $growth } par mois, { $to } n'est jamais atteint : il faut une croissance positive.
projection-reach-beyond = À { $growth } par mois, il faudrait plus de { $years } ans : si loin, une croissance constante ne veut plus rien dire.

## /engagement

title-engagement = Taux d'engagement : { $rate }
engagement-detail = { $interactions ->
        [one] { $interactions } interaction
       *[other] { $interactions } interactions
    } pour { $views ->
        [one] { $views } vue
       *[other] { $views } vues
    }.
engagement-above = Au-dessus de la moyenne des comptes de { $followers } abonnés et plus ({ $typical }, { $source }).
engagement-below = En dessous de la moyenne des comptes de { $followers } abonnés et plus ({ $typical }, { $source }).
engagement-no-size = Donnez votre nombre d'abonnés pour comparer avec les comptes de votre taille ({ $hint }).
engagement-not-paid = L'engagement n'est pas payé en soi : il fait monter les vues et intéresse les marques.

## /sources

title-sources = Sources des chiffres
sources-intro = Chaque chiffre cite sa source. Les articles sont ceux sur lesquels gainsbot a été construit ; les autres chiffres publics sont ajoutés au-delà, chacun daté.
sources-kind-article = Article
sources-kind-public = Chiffre public ajouté au-delà des articles
sources-dated = Date : { $date }
sources-read = Sans date de publication ; consulté le { $date }
sources-says = { $group } : { $says }
sources-fx = Conversion : { $eur } = { $rate } { $currency } ({ $source }, { $date }).

## /faq

title-faq = Questions fréquentes
faq-topics = Sujets : { $topics }. Exemple : /{ $command } paiements
title-faq-payouts = Quand et comment TikTok paie
title-faq-taxes = Impôts en France
title-faq-likes = TikTok paie-t-il les likes ?
title-faq-followers = Combien d'abonnés pour être payé ?
title-faq-fund = Fonds des créateurs ou Programme de récompenses ?
title-faq-shop = TikTok Shop et affiliation
title-faq-turn_on = Comment activer la monétisation
faq-payouts = Vos gains apparaissent dans votre « Solde » dans l'application. Le retrait minimum tourne autour de { $low } ou { $high } selon votre pays ({ $source }). { $methods } { $outside }
faq-taxes = Règles françaises : ces revenus sont imposables. Pour quelques centaines d'euros par an, déclarez-les en bénéfices non commerciaux (BNC). « Au-delà de 500 euros par an environ, il devient nécessaire de créer un statut » : la micro-entreprise est la plus simple ({ $source }). Partenariats, ventes et cadeaux se déclarent aussi ; TikTok peut aussi vous fournir « un relevé de vos gains annuels ». Hors de France, ce sont les règles de votre pays qui s'appliquent : renseignez-vous auprès de son administration fiscale.
faq-likes = Non : TikTok ne paie ni les likes ni les commentaires. Le Programme de récompenses paie les vues qualifiées (un RPM, revenu pour 1 000 vues) ; l'engagement fait monter vos vues, et donc vos revenus ({ $source }).
faq-followers-programme = { $programme } : { $conditions }.
faq-followers = Partenariats : pas de seuil officiel. { $deals } Affiliation et produits : aucun minimum.
faq-followers-pulse = TikTok Pulse : « souvent » plus de { $followers } abonnés et un taux d'engagement élevé ({ $source }).
faq-turn_on-fund = Fonds des créateurs : icône « Moi », les trois points en haut à droite, puis dans « Créateur », « Fonds pour les créateurs TikTok » ({ $source }).
faq-turn_on-live = Cadeaux LIVE : dans les paramètres du compte, « LIVE Gifts », puis « Autoriser les cadeaux » ({ $source }).
faq-turn_on-marketplace = Creator Marketplace : paramètres du compte, « Creator Tools », puis « TikTok Creator Marketplace », et remplissez votre profil ({ $source }).
faq-fund = Les articles ne s'accordent pas : { $open } présentent le Fonds des créateurs comme le programme actuel ; { $replaced } disent que le Programme de récompenses l'a remplacé. Le fonds paie très peu ({ $fund } pour 1 000 000 vues) ; le Programme de récompenses paie les vues qualifiées de vidéos de plus d'une minute ({ $crp } pour 1 000 000 vues, selon la région). { $history }
faq-shop = Avec TikTok Shop, vous identifiez des produits dans vos vidéos et touchez une commission sur chaque achat ; l'affiliation marche aussi par lien en bio ou code promo. Pour l'affiliation, « Aucune exigence officielle » ; aucune source ne donne de seuil d'abonnés pour TikTok Shop, ni de commission type ({ $source }).

## /aide

title-help = Aide
help-intro = Tapez une commande, avec des options comme vues:1000000, ou posez votre question.
help-commands = Commandes
help-more = Détail d'une commande : { $example }
help-options = Options
help-positional = Raccourci : { $example } (valeur de { $option }).
question-pointer = Je n'ai pas compris « { $text } ». Tapez { $help } pour la liste des commandes, ou par exemple { $example }.

## Cartes de résultat

card-subtitle = { $views ->
        [one] { $views } vue
       *[other] { $views } vues
    }
card-subtitle-followers = { $views ->
        [one] { $views } vue
       *[other] { $views } vues
    } · { $followers ->
        [one] { $followers } abonné
       *[other] { $followers } abonnés
    }
card-open = { $amount } et +
card-no-figure = pas de chiffre
card-eligible = Éligible
card-not-eligible = Pas éligible
card-not-confirmed = Non confirmé : { $country }
card-unknown = À vérifier
card-month = M{ $month }
card-projection-subtitle = Départ : { $views } vues par mois, { $growth } par mois
card-none = Cette réponse n'a pas de carte : essayez /gains ou /projection.

## Telegram

title-start = Bienvenue
start-intro = Bonjour ! Je vous dis ce que TikTok peut vraiment vous rapporter. Essayez /gains 1M, /eligibilite abonnes:8000, ou posez votre question (« combien pour 1,5 M de vues ? »). /aide liste tout.
title-slow-down = Un instant
slow-down = Vous avez posé beaucoup de questions d'un coup : réessayez dans { $seconds } s.
title-private-only = En privé, s'il vous plaît
private-only = Cette commande montre vos données personnelles : écrivez-la-moi en privé.
telegram-description = Combien TikTok paie vraiment : estimations honnêtes par source de revenus, éligibilité aux programmes et source de chaque chiffre, en français ou en anglais.
telegram-short-description = Ce que TikTok peut vraiment vous rapporter, chiffres sourcés.
language-name = Français
discord-menu-estimate = Estimer les gains

## Niches

niche-finance = finance
niche-tech = tech
niche-beauty = beauté
niche-fitness = fitness
niche-food = cuisine
niche-gaming = gaming
niche-fashion = mode
niche-comedy = humour
niche-education = éducation
niche-lifestyle = lifestyle
niche-travel = voyage
niche-other = autre

## /sources : les chiffres publics décrits

topic-fx = Conversion
sources-countries = ouvert en : { $countries }
sources-fx-rate = { $eur } = { $rate } { $currency }
sources-price = { $amount }
sources-percent = { $value }
sources-coins-per-diamond = { $coins } pièces pour 1 diamant
sources-figure = { $value }{ $unit }
sources-figure-place = {" "}({ $place })
sources-figure-followers = , pour { $followers } abonnés et plus
sources-unit-per_1000_views = {" "}pour 1 000 vues
sources-unit-per_sponsored_video = {" "}par vidéo sponsorisée
sources-unit-per_coin = {" "}la pièce
sources-unit-per_diamond = {" "}le diamant
sources-unit-per_year = {" "}par an
sources-unit-none = {""}

## Devises

currency-from-country = Montants en { $currency }, la monnaie de votre pays ({ $country }) ; ajoutez devise: pour une autre.
currency-EUR = euros
currency-USD = dollars américains
currency-CAD = dollars canadiens
currency-CHF = francs suisses
currency-GBP = livres sterling
currency-XOF = francs CFA
currency-XAF = francs CFA d'Afrique centrale
currency-MAD = dirhams

## /net

title-net = Ce qu'il vous reste sur { $gross } { $per }
net-per-year = par an
net-per-month = par mois
net-not-france = Je ne connais que les règles françaises : pour votre pays ({ $country }), voici le montant brut, { $gross } { $per }, sans ce qu'en prélèvent impôts et cotisations.
net-from-estimate = À partir de votre estimation du Programme de récompenses ({ $range } sur 30 jours) : ce qu'il vous reste est une fourchette aussi, calculée à chaque bout.
title-net-nothing = Ce qu'il vous reste
net-nothing = Rien à calculer : le Programme de récompenses ne vous paie rien pour l'instant ({ $why }). Pour un autre revenu, donnez son montant ({ $hint }).
net-nothing-country = Rien à calculer : aucune de nos sources ne dit que le Programme de récompenses est ouvert dans votre pays ({ $country }). Pour un autre revenu, donnez son montant ({ $hint }).
net-assumes-year = Lu comme un montant annuel ; pour un montant mensuel, dites-le (periode:mois).
net-occasional = Au-delà d'environ 500 € par an, il devient nécessaire de créer un statut ; la micro-entreprise est le plus simple ({ $source }).
net-field = En micro-entreprise (BNC, Sécurité sociale des indépendants)
net-line-fr_bnc_social_contributions = Cotisations sociales : { $rate } → { $amount } ({ $source }, en vigueur le { $date })
net-line-fr_training_contribution = Contribution à la formation professionnelle : { $rate } → { $amount } ({ $source }, { $date })
net-line-fr_flat_income_tax = Versement libératoire de l'impôt sur le revenu (sur option, sous condition de revenu du foyer) : { $rate } → { $amount } ({ $source })
net-left-flat-tax = Il vous reste { $net } { $per } avec le versement libératoire.
net-left-before-income-tax = Sans le versement libératoire : { $net } { $per } avant l'impôt sur le revenu, calculé alors sur { $taxable } { $per } : le chiffre d'affaires moins un abattement de { $allowance } ({ $source }).
net-left-before-income-tax-minimum = Sans le versement libératoire : { $net } { $per } avant l'impôt sur le revenu, calculé alors sur { $taxable } { $per } : à ce niveau, l'abattement minimum de { $minimum } par an dépasse les { $allowance } du chiffre d'affaires ({ $source }).
net-over-ceiling = ⚠️ Au-delà de { $ceiling } de chiffre d'affaires par an, vous sortez du régime micro ({ $source }) : ces calculs ne valent plus, demandez conseil à un comptable.
net-caveat = Règles françaises pour une activité libérale non réglementée ; les cotisations et l'impôt exacts dépendent de votre situation (ACRE, autres revenus du foyer).

title-faq-pulse = Que paie TikTok Pulse ?
title-faq-subscriptions = Les abonnements payants
title-faq-video_gifts = Les cadeaux sur les vidéos
faq-pulse = TikTok Pulse reverse aux créateurs populaires une part des revenus publicitaires diffusés à côté de leurs vidéos. Il faut souvent plus de { $followers } abonnés et un taux d'engagement élevé ({ $source }). Aucun chiffre public ne dit ce qu'il paie.
faq-subscriptions = TikTok teste des abonnements payants : vos fans paient chaque mois pour du contenu exclusif ({ $source }). Aucune source ne donne de prix ni la part qui vous revient.
faq-video_gifts = Les Video Gifts permettent de recevoir des cadeaux sur vos vidéos, pas seulement en LIVE ; ils deviennent des diamants comme les cadeaux LIVE. La fonctionnalité est encore en déploiement ({ $source }). /live pieces: chiffre des cadeaux reçus.
claim-tax_bnc_occasional = Pour des revenus occasionnels de quelques centaines d'euros par an, l'article dit de les déclarer en bénéfices non commerciaux (BNC) dans votre déclaration d'impôts annuelle, sans créer de statut ({ $source }).

## Questions en toutes lettres

understood = Compris : { $read } · même réponse avec { $command }
understood-nothing = Compris · même réponse avec { $command }
understood-unused = Lu mais pas utilisé par { $command } : { $read }.
understood-unrated = Je n'ai pas de taux de référence daté pour « { $text } » : les montants sont en { $currency }.
understood-unrated-amount = « { $amount } { $code } » n'est pas utilisé : je n'ai pas de taux daté pour le convertir.
understood-unknown = Je n'ai pas compris « { $text } ».
answer-yes = Oui : vous remplissez les conditions connues ({ $programme }).
answer-no = Non, pas encore ({ $programme }) : { $missing }.
answer-depends = Ça dépend ({ $programme }) : { $what }.
answer-not-confirmed = Pas confirmé ({ $programme }) : aucune de nos sources ne dit que le programme est ouvert dans votre pays ({ $country }).
understood-views = { $value ->
        [one] { $value } vue
       *[other] { $value } vues
    }
understood-followers = { $value ->
        [one] { $value } abonné
       *[other] { $value } abonnés
    }
understood-coins = { $value ->
        [one] { $value } pièce
       *[other] { $value } pièces
    }
understood-diamonds = { $value ->
        [one] { $value } diamant
       *[other] { $value } diamants
    }
understood-likes = { $value ->
        [one] { $value } like
       *[other] { $value } likes
    }
understood-comments = { $value ->
        [one] { $value } commentaire
       *[other] { $value } commentaires
    }
understood-shares = { $value ->
        [one] { $value } partage
       *[other] { $value } partages
    }
understood-saves = { $value ->
        [one] { $value } enregistrement
       *[other] { $value } enregistrements
    }
understood-sales = { $value ->
        [one] { $value } vente
       *[other] { $value } ventes
    }
understood-age = { $value ->
        [one] { $value } an
       *[other] { $value } ans
    }
understood-length = vidéos de { $value } s
understood-months = { $value } mois
understood-target = objectif { $value }
understood-engagement = { $value } d'engagement
understood-commission = { $value } de commission
understood-conversion = { $value } de conversion
understood-growth = { $value } par mois
understood-price = prix { $value }
understood-amount = { $value }
understood-country = { $value }
understood-niche = niche { $value }
understood-currency = en { $value }
understood-period = { $value }
understood-date = { $value }
understood-audience = audience { $value }
audience-share = { $share } { $country }
understood-topic = { $value }

## Summaries: the first answer, read in five seconds

summary-month = Sur 30 jours : { $range } avec le { $stream }.
summary-month-once-eligible = Sur 30 jours : rien pour l'instant ; une fois éligible, { $range } ({ $stream }).
summary-month-none = Sur 30 jours : aucun montant ne peut être donné avec ces informations.
summary-eligible = ✅ Éligible ({ $stream })
summary-not-eligible = ❌ Pas encore éligible ({ $stream }) : { $missing }
summary-unknown = ❔ Éligibilité à vérifier ({ $stream }) : { $what }
summary-not-confirmed = ❔ Pas confirmé dans votre pays ({ $stream }) : aucune de nos sources ne nomme { $country }
summary-stream = { $stream } : { $range } { $per }
summary-stream-disputed = { $stream } (son existence est contestée par les articles) : { $range } { $per }
summary-raise-views = Donnez vos vues sur 30 jours pour chiffrer vos revenus ({ $hint }).
summary-raise-threshold = Une fois ce cap passé : { $range } sur 30 jours ({ $stream }).
summary-raise-followers = Donnez votre nombre d'abonnés : il décide de l'éligibilité et du prix d'un partenariat ({ $hint }).
summary-raise-country = Donnez votre pays : le taux dépend de la région ({ $hint }).
summary-raise-niche = Donnez votre niche : les marques paient mieux dans certaines ({ $hint }).
summary-net = Il vous reste { $net } { $per } avec le versement libératoire, { $before } sans (avant l'impôt sur le revenu).
summary-net-deductions = Prélevé : { $list }.
summary-net-fr_bnc_social_contributions = cotisations sociales { $amount } ({ $rate })
summary-net-fr_training_contribution = formation professionnelle { $amount } ({ $rate })
summary-net-fr_flat_income_tax = versement libératoire { $amount } ({ $rate })
summary-net-over-ceiling = ⚠️ Au-delà de { $ceiling } par an, vous sortez du régime micro : demandez conseil à un comptable.
button-details = Détails
button-sources = Sources
button-whatif = Et à { $threshold } { $unit } ?
press-expired = Cette réponse a expiré : reposez la question.
whatif-intro = Si vous aviez { $threshold } { $unit } :
title-cited = Les sources de cette estimation
cited-all = Toutes les sources, avec ce que chacune dit : /sources
unit-followers = abonnés
unit-views = vues sur 30 jours
unit-years = ans
console-details = (tapez « détails » pour tout le détail et les sources)

summary-own-rate = À votre rythme : { $rate } pour 1 000 vues, d'après { $payouts ->
    [one] votre paiement pour { $newest }
   *[other] vos { $payouts } paiements, le dernier pour { $newest }
} (les sources : { $sources })
note-own-rate-outside = Votre rythme ({ $rate } pour 1 000 vues) sort de tout ce que donnent les sources ({ $sources }) : vérifiez le montant et les vues enregistrés ; s'ils sont justes, votre audience paie autrement que la moyenne.
note-own-rate-aged = Un paiement de plus de 12 mois compte pour moitié : les taux changent.
summary-audience = Votre audience : { $audience }
part-audience-mix = Selon votre audience ({ $audience }) : { $range } selon { $source }
note-audience-country = { $share } % des vues, { $country } : { $range } ({ $place }, { $source })
note-audience-rest = { $countries } : aucune source ne donne de chiffre propre ; leurs vues comptent au chiffre donné sans région, celui du reste du monde.
fx-converted = ≈ : converti depuis les { $from } { $count ->
    [one] au taux de référence
   *[other] aux taux de référence
} { $rates }.
fx-rate = 1 € = { $rate } ({ $source }, { $date })
offer-below = L'offre de { $offer } est sous ce que les sources donnent pour votre audience ({ $range }).
offer-within = L'offre de { $offer } est dans ce que les sources donnent pour votre audience ({ $range }).
offer-above = L'offre de { $offer } est au-dessus de ce que les sources donnent pour votre audience ({ $range }).

## Questions lues de plusieurs façons, et la conversation

title-clarify = Vous voulez dire… ?
clarify-lead = Je peux lire « { $text } » de plusieurs façons. Laquelle ?
# Une ligne par lecture dans la console : son numéro, ses mots, la commande qui la donne.
clarify-option = { $n }. { $choice } ({ $command })
console-choose = Tapez le numéro de votre choix.
choice-with = { $choice } : { $read }
choice-gains = Estimer mes gains
choice-eligibility = Vérifier à quoi j'ai droit
choice-sponsorship = Le prix d'une vidéo sponsorisée
choice-live = Ce que rapportent mes cadeaux LIVE
choice-product = Ce que rapporte mon propre produit
choice-affiliate = Mes commissions d'affiliation
choice-goal = Ce qu'il faut pour atteindre un revenu
choice-projection = Où mène ma croissance
choice-engagement = Mon taux d'engagement
choice-sources = D'où viennent les chiffres
choice-faq = Une question fréquente
choice-help = Ce que sait faire gainsbot
choice-profile = Enregistrer mes statistiques
choice-stats = Voir mes statistiques enregistrées
choice-language = Changer la langue des réponses
choice-forget = Effacer mes données
choice-export = Recevoir mes données
choice-takehome = Ce qu'il me reste après cotisations
choice-payout = Noter ce que TikTok m'a payé
choice-config = Les réglages du serveur ou du groupe
choice-reminder = Le rappel mensuel
chat-reply = 👋 Je suis là pour vos questions de revenus TikTok, par exemple « combien pour 1M de vues ? »
