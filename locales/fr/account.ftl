## Profil, statistiques et données personnelles

title-profile = Votre profil enregistré
title-profile-saved = Profil enregistré
profile-field = Vos statistiques
profile-empty = Rien n'est enregistré pour l'instant. Exemple : { $example }
profile-used-everywhere = Chaque commande utilise ces valeurs quand vous ne les donnez pas ; celles que vous tapez passent avant.
profile-followers = Abonnés : { $value }
profile-views30d = Vues sur 30 jours : { $value }
profile-engagement = Engagement : { $value }
profile-country = Pays : { $value }
profile-niche = Niche : { $value }
profile-age = Âge : { $value ->
        [one] { $value } an
       *[other] { $value } ans
    }
profile-currency = Devise : { $value }
profile-length = Durée des vidéos : { $value } s
profile-lang = Langue : { $value }
profile-card-on = Cartes image : oui
profile-card-off = Cartes image : non
profile-payout = Payé pour { $month } : { $amount } pour { $views } vues
profile-audience = Audience : { $value }
saved-values-used = D'après vos valeurs enregistrées : { $options } (modifiables avec /{ $command }).
saved-values-unavailable = Vos valeurs enregistrées sont indisponibles pour le moment : estimation sans elles.

title-stats = Vos statistiques et vos progrès
progress-eta = { $days ->
    [one] , dans environ { $days } jour au rythme actuel
   *[other] , dans environ { $days } jours au rythme actuel
}
progress-flat = , mais vos chiffres ne progressent pas en ce moment
progress-no-history = {" "}(enregistrez vos chiffres un autre jour pour voir la tendance)
history-field = Historique (un relevé par jour)
history-day = { $date } : { $followers ->
        [one] { $followers } abonné
       *[other] { $followers } abonnés
    }, { $views ->
        [one] { $views } vue
       *[other] { $views } vues
    } sur 30 jours

language-saved = C'est noté : je vous répondrai en français.

title-forget = Effacer vos données
forget-prompt = Cela effacera votre profil et tout votre historique, sans retour possible. Pour confirmer : { $confirm }
forget-done = C'est fait : plus rien n'est enregistré sur vous.
forget-kept = Rien n'a été effacé.

title-export = Vos données
export-intro = Tout ce qui est enregistré sur vous, tel quel, dans le fichier joint ({ $file }).

title-store-unavailable = Données indisponibles
store-unavailable = Vos données enregistrées sont indisponibles pour le moment. Réessayez plus tard ; les autres commandes marchent toujours.
no-identity = Ici, je ne sais pas qui vous êtes : vos statistiques ne peuvent pas être enregistrées.

title-payout = Paiement enregistré
title-payout-doubt = Paiement pas encore enregistré
payout-doubt-rate = { $month } : { $amount } pour { $views } vues, cela fait { $rate } pour 1 000 vues, loin de tout ce que donnent les sources ({ $sources } pour 1 000 vues). Une faute de frappe ? Rien n'est enregistré ; si c'est bien ce que TikTok vous a payé : { $command }
payout-doubt-views = { $month } : { $amount } pour { $views } vues, c'est moins que les { $threshold } vues sur 30 jours à partir desquelles le programme paie. Une faute de frappe ? Rien n'est enregistré ; si c'est bien ce que TikTok vous a payé : { $command }
payout-saved = { $month } : { $amount } pour { $views } vues qualifiées.
payout-replaced = Il remplace celui déjà enregistré pour ce mois.
payout-month-assumed = Mois non précisé : j'ai compté le mois dernier (pour un autre mois : { $hint }).
payout-rate = Votre rythme : { $rate } pour 1 000 vues, d'après { $payouts ->
    [one] ce paiement
   *[other] vos { $payouts } paiements
}. { $command } part désormais de lui.
payout-in-future = { $month } n'est pas encore passé : indiquez le mois qui vous a été payé.
payout-too-old = { $month } est plus ancien que les { $kept } paiements gardés (le plus ancien : { $oldest }) : il ne serait pas conservé, rien n'est enregistré.

milestone-held = { $stream } : { $threshold } { $unit } atteints, mais { $missing }.
milestone-followers = 🎉 { $stream } : seuil de { $threshold } abonnés atteint.
milestone-views = 🎉 { $stream } : seuil de { $threshold } vues sur 30 jours atteint.
milestone-age = 🎉 { $stream } et cadeaux LIVE : l'âge de { $threshold } ans est atteint.
milestone-next-followers = Prochaine étape, { $stream } : { $threshold } abonnés ({ $missing ->
    [0] donnez les vôtres avec { $command }
   *[other] il en manque { $missing }
}).
milestone-next-views = Prochaine étape, { $stream } : { $threshold } vues sur 30 jours ({ $missing ->
    [0] donnez les vôtres avec { $command }
   *[other] il en manque { $missing }
}).
milestone-next-age = Prochaine étape, { $stream } : { $threshold } ans.
milestone-all = Tous les seuils chiffrés sont atteints ; les autres conditions sont dans { $command }.

## Réglages d'un serveur ou d'un groupe (/config)

title-settings = Réglages de ce serveur ou groupe
title-settings-saved = Réglages enregistrés
settings-lang = Langue : { $value }
settings-currency = Devise : { $value }
settings-country = Pays des estimations : { $value }
settings-card-on = Cartes image : oui
settings-card-off = Cartes image : non
settings-mentions-on = Réponse aux mentions du bot : oui
settings-mentions-off = Réponse aux mentions du bot : non (les commandes restent actives)
settings-unprompted-here = Réponses sans mention : dans ce salon, aux questions que je comprends sans hésiter ; les autres messages, je les laisse
settings-unprompted-elsewhere = Réponses sans mention : dans un autre salon
settings-unset = Aucun réglage : chacun a les siens.
settings-order = Ce qui passe avant : l'option tapée, puis les réglages de chacun (/{ $profile }, /{ $language }), puis ceux du serveur ou du groupe, puis la langue de l'application, puis le français.
settings-who = Les administrateurs les changent (sur Discord, la permission « Gérer le serveur ») : { $example }
settings-refused = Seuls les administrateurs du serveur ou du groupe peuvent changer ces réglages : rien n'a changé.
settings-unchecked = Je n'ai pas pu vérifier que vous administrez ce serveur ou ce groupe : rien n'a changé. Réessayez dans un instant avec /{ $command }.
settings-private = Ces réglages sont ceux d'un serveur ou d'un groupe : utilisez /{ $command } là-bas. Pour vos propres réglages : /{ $profile } et /{ $language }.
settings-values-used = D'après les réglages de ce serveur ou groupe : { $options }.

## Rappels mensuels (/rappel)

title-reminder = Rappel mensuel
reminder-on = C'est noté : un message privé au début de chaque mois pour mettre vos chiffres à jour. Pour arrêter : { $off }
reminder-off = Plus de rappel. Pour le remettre : { $on }
reminder-state-on = Rappel mensuel : activé. Pour arrêter : { $off }
reminder-state-off = Rappel mensuel : désactivé. Pour l'activer : { $on }
reminder-undeliverable = Pas de rappel mensuel possible ici : tel qu'il est installé, ce bot ne peut pas vous écrire le premier sur cette plateforme. Vos chiffres restent à portée de main avec { $stats }.
title-reminder-month = Vos chiffres de { $month } ?
reminder-intro = C'est le début du mois : où en êtes-vous ? Voici vos chiffres enregistrés et vos progrès.
reminder-last-saved = Dernier relevé : le { $date }.
reminder-update = Mettez-les à jour : { $example } · un paiement reçu : /{ $payout } · plus de rappel : { $off }
