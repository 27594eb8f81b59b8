title-error = Entrée incorrecte
error-unknown-command = Je ne connais pas la commande « { $name } ». Tapez { $help } pour la liste.
error-too-long = Message trop long : { $limit } caractères au plus. Posez une question courte ou tapez une commande.
error-unknown-option = La commande { $command } n'a pas d'option « { $name } ». Options : { $options }.
error-unknown-option-none = La commande { $command } ne prend pas d'option (« { $name } » donné) : tapez-la seule.
error-repeated = L'option { $option } est donnée deux fois ; gardez-en une.
error-unexpected-value = La commande { $command } ne prend pas de valeur (« { $value } »). Voir { $help }.
error-missing = La commande { $command } a besoin de { $option }. Exemple : { $hint }
error-not-a-count = { $option } : « { $value } » n'est pas un nombre entier. Exemples : { $hint }, 1 000 000, 1,5M, 500k, 2 millions.
error-not-money = { $option } : « { $value } » n'est pas un montant. Exemples : { $hint }, 49,90 €, 49 $.
error-not-a-percent = { $option } : « { $value } » n'est pas un pourcentage. Exemples : { $hint }, 6 %, 6,5 %.
error-not-a-length = { $option } : « { $value } » n'est pas une durée. Exemples : { $hint }, 1:15, 1min15.
error-not-a-month = { $option } : « { $value } » n'est pas un mois. Exemples : { $hint }, 10/2026, octobre 2026, octobre.
error-not-an-audience = { $option } : « { $value } » ne donne pas une part entière de 1 à 100 pour un pays nommé une fois. Exemple : { $hint }, ou « 60 % France, 40 % États-Unis ».
error-shares-sum = { $option } : les parts font { $sum } %, pas 100 %. Exemple : { $hint }
error-not-a-number = { $option } : « { $value } » n'est pas valable. Exemple : { $hint }
error-empty = { $option } : il manque la valeur. Exemple : { $hint }
error-zero = { $option } doit être plus grand que zéro. Exemple : { $hint }
error-negative = { $option } ne peut pas être négatif (« { $value } »). Exemple : { $hint }
error-not-whole = { $option } doit être un nombre entier (« { $value } »). Exemple : { $hint }
error-too-small = { $option } : « { $value } » est trop petit (minimum { $min }). Exemple : { $hint }
error-too-large = { $option } : « { $value } » est plus que ce qui est possible (maximum { $max }). Exemple : { $hint }
error-fall-too-steep = { $option } : « { $value } » fait tout perdre ; une baisse va au plus jusqu'à -{ $max } % par mois.
error-unknown-choice = { $option } : « { $value } » n'est pas un choix possible. Choix : { $choices }.
error-unknown-country = { $option } : je ne connais pas le pays « { $value } ». Exemples : { $hint }, France, Belgique, Canada.
error-exceeds = { $option } : { $value }, c'est plus que { $limit } ({ $limit_value }) ; c'est impossible, vérifiez vos chiffres.
error-over-full-engagement = { $interactions ->
        [one] { $interactions } interaction
       *[other] { $interactions } interactions
    } pour { $views ->
        [one] { $views } vue
       *[other] { $views } vues
    }, c'est plus de 100 % d'engagement ; vérifiez likes:, commentaires:, partages: et enregistrements:.
error-beyond-audience = { $value } vues en 30 jours, c'est plus que toute l'audience de TikTok (plus de { $audience } utilisateurs actifs par mois selon { $source }) : vérifiez le nombre ({ $option }:).
error-overflow = Ces chiffres, multipliés entre eux, donnent un montant trop grand pour être compté : vérifiez-les.
