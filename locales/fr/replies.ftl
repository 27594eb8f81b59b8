## Sources de revenus

stream-creator_rewards = Programme de récompenses des créateurs
stream-creator_fund = Fonds des créateurs (ancien)
stream-brand_deal = Partenariats de marques
stream-live_gifts = Cadeaux LIVE
stream-affiliate = Affiliation et TikTok Shop
stream-products = Vos propres produits
stream-pulse = TikTok Pulse
programme-marketplace = Creator Marketplace (partenariats)

## Montants et éligibilité

range = { $low } – { $high }
range-open = { $low } – { $high } et plus
range-single = { $amount }
by-source = { $range } selon { $source }
verdict-eligible = ✅ Éligible
verdict-not-eligible = ❌ Pas éligible : { $missing }
verdict-unknown = ❔ À vérifier : { $what }
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
missing-replaced = programme fermé, remplacé par le Programme de récompenses
unsettled-needs = indiquez { $option }:{ $example } pour vérifier
unsettled-country = aucune de nos sources ne confirme que votre pays est éligible
unsettled-no-threshold = il faut aussi un engagement élevé, sans seuil public
footer-sources = Sources : { $list } · détails avec /sources

## Notes

note-region-europe = Pays non précisé : taux France et Europe (ajoutez pays:US pour les taux hors Europe).
note-region-global = Pays non précisé : taux hors Europe (ajoutez pays:FR pour les taux européens).
note-assumes-adult = Suppose que vous êtes majeur (précisez age:).
note-assumes-long-videos = Suppose que vos vidéos durent plus d'une minute (précisez duree:).
note-qualified-views = Seules les vues qualifiées de vidéos de plus d'une minute sont payées ; TikTok ne paie ni les likes ni les commentaires.
note-sources-disagree = Les sources ne donnent pas la même fourchette : le total les couvre toutes.
note-fund-replaced = Remplacé par le Programme de récompenses : montré pour comparaison seulement.
note-engaged-audience = Tarifs d'une audience engagée (vers { $reference } d'engagement) ; ajoutez engagement: pour affiner.
note-engagement-scaled = Avec cet engagement, les marques vous comptent comme environ { $effective } abonnés engagés.
note-hot-niche = Niche recherchée par les marques : la fourchette inclut le tarif des niches qui paient le mieux.
note-no-price-size = Des marques signent dès { $followers } abonnés très engagés, mais aucune source fiable ne donne de tarif à cette taille.
note-per-post = Par vidéo sponsorisée, pas par mois.
note-needs-gifts = Ajoutez { $coins } ou { $diamonds } pour chiffrer vos cadeaux.
note-live-share = Les sources divergent sur votre part : { $coins } pièces pour 1 diamant selon les convertisseurs publics, ou { $share } de ce que paient les spectateurs selon l'article 000.
note-from-diamonds = Calculé à partir de vos diamants, à la valeur publique d'un diamant.
note-no-commission = Aucune source fiable ne donne de commission type : indiquez la vôtre.
note-needs-option = Ajoutez { $hint } pour chiffrer ce revenu.
note-revenue = Chiffre d'affaires (pas un bénéfice) : de { $low } à { $high } ventes.
note-revenue-exact = { $sales ->
    [one] Chiffre d'affaires (pas un bénéfice) : { $sales } vente.
   *[other] Chiffre d'affaires (pas un bénéfice) : { $sales } ventes.
}
note-no-public-rate = Aucun chiffre public sur ce que paie Pulse (une part des revenus publicitaires).

## /gains

gains-title = { $views ->
    [one] Estimation pour { $views } vue
   *[other] Estimation pour { $views } vues
}
gains-title-no-views = Estimation de vos revenus TikTok
gains-intro = Fourchettes honnêtes par source de revenus, sur 30 jours sauf mention contraire.
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
rules-creator-rewards = Conditions : { $age } ans, { $followers } abonnés, { $views } vues authentiques sur 30 jours, vidéos originales de plus d'une minute, pays éligible (confirmés : { $countries }).
rules-live = Conditions : { $age } ans et { $followers } abonnés.
rules-pulse = Conditions : plus de { $followers } abonnés et un engagement élevé.
rules-marketplace = Pas de seuil public (« varie » selon TikTok) ; des marques signent dès { $followers } abonnés très engagés.

## /objectif

title-goal = Objectif : { $amount } par mois
goal-creator-rewards = Programme de récompenses : entre { $fewest } et { $most } vues qualifiées par mois.
goal-creator-fund = Ancien fonds, pour comparaison : entre { $fewest } et { $most } vues.
goal-posts = { $most ->
    [one] Partenariats : { $fewest } vidéo sponsorisée par mois à votre taille.
   *[other] Partenariats : entre { $fewest } et { $most } vidéos sponsorisées par mois à votre taille.
}
goal-posts-hint = Ajoutez { $hint } pour savoir combien de partenariats il faudrait.
goal-sales = { $sales ->
    [one] Produit à { $price } : { $sales } vente par mois.
   *[other] Produit à { $price } : { $sales } ventes par mois.
}
goal-thresholds = Rappel : le Programme de récompenses demande aussi { $followers } abonnés et { $views } vues sur 30 jours.

## /projection

title-projection = { $months ->
    [one] Projection sur { $months } mois
   *[other] Projection sur { $months } mois
}
projection-growth-source = Départ : { $views } vues par mois, +{ $growth } par mois (vues doublées en 3 mois avec 4 vidéos par semaine, exemple de l'article 000).
projection-growth-given = Départ : { $views } vues par mois, +{ $growth } par mois.
projection-field = Mois par mois (Programme de récompenses)
projection-month = Mois { $month } : { $views } vues → { $money }
projection-threshold = {" "}✅ seuil des { $threshold } vues atteint
projection-capped = Au-delà, ce serait plus de vues que la planète ne peut en regarder : la projection s'arrête là.
projection-caveat = Une projection n'est pas une promesse : la croissance dépend de vos formats et de votre régularité.

## /engagement

title-engagement = Taux d'engagement : { $rate }
engagement-detail = { $interactions } interactions pour { $views } vues.
engagement-above = Au-dessus de la moyenne des comptes de votre taille ({ $typical }).
engagement-below = En dessous de la moyenne des comptes de votre taille ({ $typical }).
engagement-no-size = Ajoutez { $hint } pour comparer avec les comptes de votre taille.
engagement-strong = Excellent : selon l'article 000, un compte à { $strong } d'engagement est souvent préféré à un compte cinq fois plus gros à { $weak }.
engagement-weak = Faible : les marques préfèrent souvent un compte plus petit mais plus engagé.
engagement-between = Entre les repères de l'article 000 : { $weak } (faible) et { $strong } (excellent).
engagement-brands = Pour les marques, cela vaut environ { $engaged } abonnés engagés.

## /sources

title-sources = Sources des chiffres
sources-intro = Chaque taux cite sa source et sa date ; les articles n'ont pas de date de publication, la date indiquée est celle dont ils parlent ou celle de leur lecture.
sources-used-by = Chiffres : { $rates }
sources-fx = Conversion : { $eur } = { $usd } $ (BCE, { $date }).

## /faq

title-faq = Questions fréquentes
faq-topics = Sujets : { $topics }. Exemple : /{ $command } paiements
title-faq-payouts = Quand et comment TikTok paie
title-faq-taxes = Impôts en France
title-faq-likes = TikTok paie-t-il les likes ?
title-faq-followers = Combien d'abonnés pour être payé ?
title-faq-fund = Fonds des créateurs ou Programme de récompenses ?
title-faq-shop = TikTok Shop et affiliation
faq-payouts = Vos gains apparaissent dans votre « Solde » dans l'application. Le retrait minimum tourne autour de { $low } ou { $high } selon votre pays ; le paiement se fait par PayPal ou virement bancaire et arrive en quelques jours ouvrables.
faq-taxes = Ces revenus sont imposables. Pour quelques centaines d'euros par an, déclarez-les en bénéfices non commerciaux (BNC). Au-delà d'environ { $threshold } par an, l'article 000 conseille de créer une micro-entreprise. Partenariats, ventes et cadeaux se déclarent aussi ; en cas de doute, demandez à un comptable.
faq-likes = Non : TikTok ne paie pas les likes ni les commentaires. Le Programme de récompenses paie les vues qualifiées (un RPM, revenu pour 1 000 vues). L'engagement fait monter vos vues, et donc vos revenus.
faq-followers = Programme de récompenses : { $crp } abonnés et { $views } vues sur 30 jours. LIVE : { $live } abonnés. Pulse : plus de { $pulse } abonnés. Partenariats : possibles dès { $deals } abonnés très engagés. Affiliation et produits : aucun minimum.
faq-fund = L'ancien Fonds des créateurs payait très peu ({ $fund } pour 1 000 000 vues) ; il a été remplacé par le Programme de récompenses, qui paie les vues qualifiées de vidéos de plus d'une minute ({ $crp } pour 1 000 000 vues).
faq-shop = Avec TikTok Shop, vous identifiez des produits dans vos vidéos et touchez une commission sur chaque achat ; l'affiliation marche aussi par lien en bio ou code promo. Pas de minimum d'abonnés ; aucune source fiable ne donne de commission type.

## /aide

title-help = Aide
help-intro = Tapez une commande, avec des options comme vues:1000000, ou posez votre question.
help-commands = Commandes
help-more = Détail d'une commande : { $example }
help-options = Options
help-positional = Raccourci : { $example } (valeur de { $option }).
question-pointer = Je n'ai pas compris. Tapez { $help } pour la liste des commandes, ou par exemple { $example }.

## Cartes de résultat

card-subtitle = { $views } vues
card-subtitle-followers = { $views } vues · { $followers } abonnés
card-open = { $amount } et +
card-no-figure = pas de chiffre
card-eligible = Éligible
card-not-eligible = Pas éligible
card-unknown = À vérifier
card-month = M{ $month }
card-replaced = Remplacé par le Programme de récompenses
card-projection-subtitle = Départ : { $views } vues par mois, +{ $growth } par mois
card-none = Cette réponse n'a pas de carte : essayez /gains ou /projection.

## Telegram

telegram-start = Bonjour ! Je vous dis ce que TikTok peut vraiment vous rapporter. Essayez /gains 1M, /eligibilite abonnes:8000, ou posez votre question (« combien pour 1,5 M de vues ? »). /aide liste tout.
telegram-private-only = Cette commande montre vos données personnelles : écrivez-la-moi en privé.
telegram-description = Combien TikTok paie vraiment : estimations honnêtes par source de revenus, éligibilité aux programmes et source de chaque chiffre, en français ou en anglais.
telegram-short-description = Ce que TikTok peut vraiment vous rapporter, chiffres sourcés.
language-name = Français
discord-menu-estimate = Estimer les gains
