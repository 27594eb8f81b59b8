# Descriptions des commandes et options (menus Discord/Telegram, aide). 3 à 100 caractères.

cmd-gains = Estimation complète de vos revenus TikTok, source par source
cmd-eligibility = Programmes auxquels vous avez droit et ce qu'il vous manque
cmd-sponsorship = Tarif d'une vidéo sponsorisée selon votre audience
cmd-live = Valeur de vos cadeaux LIVE (pièces, diamants)
cmd-product = Chiffre d'affaires d'un produit vendu à votre audience
cmd-affiliate = Commissions d'affiliation et TikTok Shop
cmd-goal = Vues nécessaires pour atteindre un revenu mensuel
cmd-projection = Projection de vos vues et revenus sur les mois à venir
cmd-engagement = Votre taux d'engagement comparé aux comptes de votre taille
cmd-sources = Les sources et dates de chaque chiffre
cmd-faq = Réponses aux questions fréquentes (paiements, impôts, likes…)
cmd-help = Liste des commandes et exemples

opt-views = Vues sur 30 jours (ex. 1000000, 1,5M, 500k)
opt-followers = Nombre d'abonnés
opt-engagement = Taux d'engagement en % (likes, commentaires, partages)
opt-country = Pays où vous résidez (FR, BE, CH, CA, US…)
opt-niche = Thème de votre compte (finance, beauté, tech…)
opt-currency = Devise de la réponse (EUR ou USD)
opt-age = Votre âge
opt-length = Durée typique de vos vidéos (75, 1:15, 1min15)
opt-coins = Pièces reçues en cadeaux LIVE
opt-diamonds = Diamants reçus
opt-price = Prix de vente (ex. 49, 49,90 €)
opt-conversion = Part de l'audience qui achète, en %
opt-commission = Commission d'affiliation, en %
opt-sales = Nombre de ventes
opt-amount = Revenu mensuel visé (ex. 1000, 1 000 €)
opt-months = Nombre de mois (1 à 24)
opt-growth = Croissance mensuelle des vues, en %
opt-likes = Nombre de likes
opt-comments = Nombre de commentaires
opt-shares = Nombre de partages
opt-saves = Nombre d'enregistrements
opt-topic = Sujet (paiements, impots, likes, abonnes, fonds, boutique)
opt-command = Commande sur laquelle obtenir de l'aide
