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
payout-saved = { $month } : { $amount } pour { $views } vues qualifiées.
payout-replaced = Il remplace celui déjà enregistré pour ce mois.
payout-month-assumed = Mois non précisé : j'ai compté le mois dernier (pour un autre mois : { $hint }).
payout-rate = Votre rythme : { $rate } pour 1 000 vues, d'après { $payouts ->
    [one] ce paiement
   *[other] vos { $payouts } paiements
}. { $command } part désormais de lui.
payout-in-future = { $month } n'est pas encore passé : indiquez le mois qui vous a été payé.

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
