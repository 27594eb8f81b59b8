## Revenue streams

stream-creator_rewards = Creator Rewards Program
stream-creator_fund = Creator Fund
stream-brand_deal = Brand deals
stream-live_gifts = LIVE gifts
stream-video_gifts = Video Gifts
stream-subscriptions = Paid subscriptions
stream-affiliate = Affiliate and TikTok Shop
stream-products = Your own products
stream-pulse = TikTok Pulse
programme-marketplace = Creator Marketplace (brand deals)
topic-engagement = Engagement
topic-growth = Growth
topic-payouts = Payouts
topic-taxes = Taxes

## Units

per-month = over 30 days
per-sponsored_video = per sponsored video
per-launch = per launch (sales to your current audience)
per-gifts = for the gifts given
per-sales = for the sales given

## Amounts and eligibility

range = { $low } – { $high }
range-open = { $low } – { $high } or more
range-single = { $amount }
range-approx = ≈ { $low } – { $high }
range-open-approx = ≈ { $low } – { $high } or more
range-single-approx = ≈ { $amount }
range-from = { $amount } or more
range-from-approx = ≈ { $amount } or more
range-per = { $range } { $per }
month-alone = { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
}
month-of-year = { month-alone } { $year }
range-once-eligible = Once eligible: { $range } { $per }
list-separator = {"; "}
verdict-eligible = ✅ Eligible
verdict-not-eligible = ❌ Not eligible: { $missing }
verdict-not-confirmed = ❔ Not confirmed in your country ({ $country }): none of our sources says the programme is open there
verdict-unknown = ❔ To check: { $what }
unsettled-short = a usual bar, not a rule: { $missing }
verdict-not-eligible-short = ❌ Not eligible
verdict-unknown-short = ❔ To check
missing-followers = { $count ->
    [one] you need { $count } more follower
   *[other] you need { $count } more followers
}
missing-views = { $count ->
    [one] you need { $count } more view over 30 days
   *[other] you need { $count } more views over 30 days
}
missing-age = you must be at least { $min }
missing-length = your videos must be longer than one minute
unsettled-needs-followers = it takes at least { $threshold } followers: give yours ({ $option })
unsettled-needs-views = it takes at least { $threshold } views over 30 days: give yours ({ $option })
unsettled-needs-country = you must live in a country where the programme is open: give yours ({ $option })
unsettled-needs-age = you must be at least { $threshold }: give your age ({ $option })
unsettled-needs-length = { $threshold ->
    [61] it takes videos longer than one minute
   *[other] it takes videos of at least { $threshold } seconds
}: give their length ({ $option })
unsettled-no-threshold = high engagement is also required, with no public threshold
unsettled-fund-status = the articles disagree on its status (see below)
unsettled-brand-open = no official threshold: according to { $source }, brands sign accounts from { $low } to { $high } followers when the audience is highly engaged
## Conditions of a programme, one line each (stats, eligibilite)
condition-age = be { $min } or older
condition-followers = { $min } followers
condition-views = { $min } views over 30 days
condition-length = { $min ->
    [61] videos longer than one minute
   *[other] videos of at least { $min } seconds
}
condition-country = live in a country where the programme is open
condition-guidelines = follow TikTok's community guidelines
condition-original = post original videos
check-met = ✅ { $condition }
check-paid = ✅ { $condition }: TikTok paid you for { $month } (your recorded payout)
check-missing = ❌ { $condition }: { $missing }
check-not-met = ❌ { $condition }
check-short = ❔ { $condition }, a usual bar rather than a rule: { $missing }
check-needs = ❔ { $condition }: not given yet ({ $hint })
check-country-needs = ❔ { $condition }: not given yet ({ $hint }); countries named: { $lists }
check-country-confirmed = ✅ { $condition }: { $country }, named by { $source }
check-country-unconfirmed = ❔ { $condition }: no source names { $country } ({ $source } give lists that are not complete)
check-up-to-you = ☑️ { $condition }: up to you, TikTok checks it ({ $source })
footer-sources = Sources: { $list } · details with /sources

## Citations

cite-short = { $who }, { $year }
cite-short-undated = { $who }, n.d.
cite-long = { $who }, “{ $title }”, { $year }
cite-long-label = { $who }, { $label }, { $year }
cite-no-year = n.d.
region-europe = France and Europe
region-unspecified = No region stated

## Where each figure comes from

part-where = { $place }: { $range } according to { $source }
part-own-rate = At your own rate: { $range } ({ $rate } per 1,000 qualified views, from { $payouts ->
    [one] your payout
   *[other] your { $payouts } payouts
}; the latest: { $newest })
part-where-often = { $place }, most often: { $range } according to { $source }
part-where-span = { $place }, from the lowest to the highest: { $range } according to { $source }
part-source = { $range } according to { $source }
part-anchor = { $range }: the figure given for { $followers } followers ({ $source })
part-anchor-hot = In a niche brands pay more for ({ $niches }): { $range }, the figure given for { $followers } followers ({ $source })
part-niche-or-general = In a niche brands pay more for ({ $niches }): { $range }, the higher of the niche price ({ $niche_range }) and the general price for { $followers } followers ({ $general_range }), according to { $source }
part-interpolated = { $range }: interpolated on a log scale between { $from } followers ({ $from_range }) and { $to } followers ({ $to_range }), according to { $source }
part-interpolated-hot = In a niche brands pay more for ({ $niches }): { $range }, interpolated on a log scale between { $from } followers ({ $from_range }) and { $to } followers ({ $to_range }), according to { $source }
part-live-diamonds = { $range }: your diamonds at { $diamond } each ({ $source })
part-live-converters = { $range }: { $coins } coins per diamond at { $diamond } a diamond, according to public converters ({ $source })
part-live-share = { $range }: about half of what viewers pay ({ $share } according to { $source }, at { $coin } a coin)
part-live-share-diamonds = { $range }: about half of what viewers pay, at { $coins } coins a diamond ({ $per_diamond }) and { $coin } a coin ({ $share } according to { $source })
note-live-unit-values = A diamond is worth about { $diamond } ({ $diamond_source }); it takes { $coins } coins for one diamond ({ $coins_source }); a coin costs viewers about { $coin } ({ $coin_source }); you keep about { $share } of what they pay, TikTok the rest ({ $share_source }).

## Notes

note-at-most-france = No source confirms the programme in your country: the amount shown is France's, the country all five articles describe, once the programme opens where you are; never more.
note-country-confirmed = Country confirmed: { $country } (sources: { $source }).
note-below-threshold = Below { $threshold } views over 30 days, the programme pays nothing.
note-crp-by-region = The articles give a rate per region: give your country to keep only yours (country:US); own figures for: { $countries }.
note-needs-option = Give your own figures to put a number on this income (for example { $hint }).
note-sources-disagree = Sources give different ranges: the total covers them all.
note-brand-no-price = No source prices deals below { $followers } followers.
note-brand-last-figure = The articles give no figure above { $followers } followers: this is their last price per video.
note-brand-engagement-above = Your engagement ({ $engagement }) is above the average for accounts your size ({ $typical }, { $source }); no source puts a figure on its effect on the price.
note-brand-engagement-below = Your engagement ({ $engagement }) is below the average for accounts your size ({ $typical }, { $source }); no source puts a figure on its effect on the price.
note-brand-engaged-audiences = These prices are given for "highly engaged" or "active" audiences; no source puts a figure on what weaker engagement does (add engagement: to see where you stand).
note-live-share-disagrees = Sources disagree on your share: by the converters' values you would keep about { $implied } of what viewers pay, against about { $share } by the article; both readings are shown.
note-needs-gifts = Give the coins or diamonds you received to put a figure on your gifts ({ $coins } or { $diamonds }).
note-video-gifts-like-live = Same mechanism as LIVE gifts (coins, then diamonds): /live coins: puts a figure on gifts received.
note-subscriptions-no-figure = No source gives a price or a share for subscriptions.
note-no-public-rate = No public figure for what Pulse pays (a share of ad revenue).
note-no-commission = No reliable source gives a typical commission: give yours.
note-revenue = { $sales ->
    [one] Revenue (not profit): { $sales } sale.
   *[other] Revenue (not profit): { $sales } sales.
}

## What the articles say

claim-crp_review = Access is not automatic: TikTok can take several weeks to review an application ({ $source }).
claim-crp_qualified_views = Only qualified views of videos longer than one minute are paid; TikTok pays nothing for likes or comments ({ $source }).
claim-fund_open = { $source } present it as the current fund, with its requirements and how to turn it on.
claim-fund_tens_of_euros = At { $views } views, one article promises "a few tens of euros from the creator fund", far more than its own rate per 1,000 views gives: it contradicts itself ({ $source }).
claim-live_options_10k = Some LIVE Gifts options take { $followers } followers, without saying which ({ $source }).
claim-live_contests = TikTok regularly runs contests whose prizes can be paid straight to the best-performing creators ({ $source }).
claim-fund_replaced = { $source } say the Creator Rewards Program replaced it.
claim-brand_1m_campaign = Past { $followers } followers, "several thousand euros per campaign", with no closer figure ({ $source }).
claim-brand_small_accounts = Brands sign accounts from { $low } to { $high } followers when the audience is highly engaged ({ $source }).
claim-brand_engagement = A creator with { $small } followers and { $strong } engagement is often preferred to an account with { $big } followers and only { $weak } engagement ({ $source }).
claim-brand_niche_over_size = An account with { $niche } very active followers in a clear niche can charge more than a general account with { $general } followers ({ $source }).
claim-brand_marketplace = No published threshold ("varies"); the Creator Marketplace connects brands and creators ({ $source }).
claim-parental_consent = Under 18: no monetization, "unless specific parental consent" is given ({ $source }).
claim-live_rate_varies = The rate at which diamonds turn into money varies ({ $source }).
claim-video_gifts_rollout = still being rolled out, with no published requirements ({ $source })
claim-subscriptions_testing = TikTok is testing paid subscriptions to exclusive content, paid monthly ({ $source })
claim-pulse_conditions = Requirements: "often" more than { $followers } followers and a high engagement rate ({ $source }).
claim-growth_example = The article's example: posting { $videos } videos a week to go from { $from } to { $to } views a month in { $months } months ({ $source }).
claim-views_ceiling = TikTok has more than a billion monthly active users ({ $source }).
claim-payout_methods = Payment by PayPal or bank transfer, within a few business days ({ $source }).
claim-product_programme_example = The article's example: a { $price } programme sold to { $conversion } of { $followers } followers, that is { $sales } sales and { $revenue } ({ $source }).
claim-product_digital_example = Another example: a { $price } digital product bought by { $conversion } of the audience ({ $source }).
claim-affiliate_no_requirement = No official requirement; a commission on each sale through a link, a promo code or TikTok Shop ({ $source }).
claim-community_guidelines = Follow TikTok's community guidelines ({ $source }).
claim-crp_original = Original videos longer than one minute ({ $source }).
claim-fund_history = Launched in July { NUMBER($year, useGrouping: "false") } with { $launch } for creators in the United States and Europe, then a pledge of { $total } worldwide ({ $source }).
claim-how_fund = To turn it on: the "Me" icon, the three dots at the top right, then under "Creator", "TikTok Creator Fund" ({ $source }).
claim-live_guidelines = At least 1,000 followers and following TikTok's community guidelines ({ $source }).
claim-live_chain = Viewers buy coins and send them as gifts during the LIVE; gifts become diamonds you exchange for money, with TikTok taking a commission ({ $source }).
claim-how_live = To turn them on: account settings, "LIVE Gifts", then "Allow gifts" ({ $source }).
claim-how_marketplace = To join the Creator Marketplace: account settings, "Creator Tools", then "TikTok Creator Marketplace", and fill in your profile ({ $source }).
claim-payouts_outside_app = Brand deals and affiliate sales are paid directly by the company you work with, outside the TikTok app ({ $source }).
part-source-extrapolated = { $range } according to { $source }, extrapolated from its example at { $views } views
part-source-between = { $range } according to { $source }, between its examples at { $from } and { $to } views

## /earnings

gains-title = { $views ->
    [one] Estimate for { $views } view
   *[other] Estimate for { $views } views
}
gains-title-no-views = Your TikTok earnings estimate
gains-intro = Honest ranges for each revenue stream, each with its unit: they do not add up.
gains-followers = { $followers ->
    [one] For an account with { $followers } follower.
   *[other] For an account with { $followers } followers.
}

## One stream at a time

title-sponsorship = What a sponsored video is worth
title-live = What you keep from your LIVE gifts
title-product = What your product can bring in
title-affiliate = Your affiliate commissions
title-eligibility = Your eligibility for TikTok's programmes
rules-countries-list = { $countries } according to { $source }

## /goal

title-goal = Goal: { $amount } a month
goal-creator-rewards = Creator Rewards Program: between { $fewest } and { $most ->
        [one] { $most } qualified view
       *[other] { $most } qualified views
    } a month.
goal-creator-rewards-exact = Creator Rewards Program: { $views } qualified views a month.
goal-creator-fund-exact = Creator Fund, for comparison: { $views } views.
goal-by-region = The rate depends on the region: give your country (country:).
goal-crp-not-yet = Creator Rewards Program: nothing to count on for now ({ $missing }).
goal-at-threshold = At least { $threshold } views over 30 days in any case: below that, the programme pays nothing.
goal-once-eligible = These views pay only once eligible: { $missing }.
goal-fund-disputed = The Creator Fund is there for comparison only: the articles disagree on whether it still exists.
goal-crp-unconfirmed = Creator Rewards Program: not confirmed for { $country } by any of our sources.
goal-creator-fund = Creator Fund, for comparison: between { $fewest } and { $most ->
        [one] { $most } view
       *[other] { $most } views
    }.
goal-beyond-audience = { $stream }: it would take more views in a month than TikTok has users (over { $audience } a month according to { $source }); no account gets there on this alone.
goal-up-to-audience = { $stream }: at least { $fewest } views a month, and at the lowest rate more than TikTok's whole audience (over { $audience } users a month according to { $source }).
goal-posts = Brand deals: between { $fewest } and { $most } sponsored videos a month at your size.
goal-posts-exact = { $posts ->
    [one] Brand deals: { $posts } sponsored video a month at your size.
   *[other] Brand deals: { $posts } sponsored videos a month at your size.
}
goal-posts-open = The price at your size is a floor ("or even more"): you may need fewer.
goal-posts-no-price = Brand deals: no source prices deals at your size.
goal-posts-hint = Give your follower count to see how many brand deals it would take ({ $hint }).
goal-sales = { $sales ->
    [one] Product at { $price }: { $sales } sale a month.
   *[other] Product at { $price }: { $sales } sales a month.
}
goal-thresholds = Reminder: the Creator Rewards Program also requires { $followers } followers and { $views } views over 30 days.

## /projection

title-projection = { $months ->
    [one] Projection over { $months } month
   *[other] Projection over { $months } months
}
title-projection-no-growth = Projection: I need your growth rate
projection-needs-growth = No source gives a typical growth rate: give yours per month (for example { $hint }).
projection-growth-given = Start: { $views ->
        [one] { $views } view
       *[other] { $views } views
    } a month, { $growth } a month (your assumption).
projection-field = Month by month (Creator Rewards Program)
projection-month = Month { $month }: { $views ->
        [one] { $views } view
       *[other] { $views } views
    } → { $money }
projection-nothing = nothing
projection-threshold = {" "}✅ { $threshold }-view threshold reached
projection-below-threshold = Below { $threshold } views over 30 days, the Creator Rewards Program pays nothing.
projection-not-yet = Creator Rewards Program: no amount for now ({ $missing }).
projection-unconfirmed = Not confirmed for { $country } by any of our sources: no amount.
projection-by-region = No country given: amounts cover every region's rates (give country:).
projection-capped = The projection stops at { $views } views a month, as many as TikTok has monthly active users ({ $source }).
projection-caveat = A projection is not a promise. The article's benchmark: { $videos } videos a week to go from { $from } to { $to } views in { $months } months ({ $source }).
title-projection-target = How long until the target?
projection-reach = At { $growth } a month, { $unit ->
        [followers] from { $from } to { $to } followers
       *[views] from { $from } to { $to } views a month
    }: { $months ->
        [one] { $months } month
       *[other] { $months } months
    } (your growth assumption).
projection-reach-already = Already there: { $unit ->
        [followers] { $from } followers
       *[views] { $from } views a month
    }, for a target of { $to }.
projection-reach-never = At { $growth } a month, { $to } is never reached: it takes positive growth.
projection-reach-beyond = At { $growth } a month, it would take more than { $years } years: that far out, a steady growth rate means nothing.

## /engagement

title-engagement = Engagement rate: { $rate }
engagement-detail = { $interactions ->
        [one] { $interactions } interaction
       *[other] { $interactions } interactions
    } for { $views ->
        [one] { $views } view
       *[other] { $views } views
    }.
engagement-above = Above the average for accounts with { $followers } followers or more ({ $typical }, { $source }).
engagement-below = Below the average for accounts with { $followers } followers or more ({ $typical }, { $source }).
engagement-no-size = Give your follower count to compare with accounts your size ({ $hint }).
engagement-not-paid = Engagement is not paid as such: it brings views, and brands look at it.

## /sources

title-sources = Where the figures come from
sources-intro = Every figure cites its source. The articles are those gainsbot was built on; the other public figures are added beyond them, each dated.
sources-kind-article = Article (in French)
sources-kind-public = Public figure added beyond the articles
sources-dated = Date: { $date }
sources-read = No publication date; read on { $date }
sources-says = { $group }: { $says }
sources-fx = Conversion: { $eur } = { $rate } { $currency } ({ $source }, { $date }).

## /faq

title-faq = Frequently asked questions
faq-topics = Topics: { $topics }. Example: /{ $command } payouts
title-faq-payouts = When and how TikTok pays
title-faq-taxes = Taxes in France
title-faq-likes = Does TikTok pay for likes?
title-faq-followers = How many followers to get paid?
title-faq-fund = Creator Fund or Creator Rewards Program?
title-faq-shop = TikTok Shop and affiliate links
title-faq-turn_on = How to turn on monetisation
faq-payouts = Your earnings show in your in-app "Balance". The minimum withdrawal is around { $low } or { $high } depending on your country ({ $source }). { $methods } { $outside }
faq-taxes = French rules: this income is taxable. For a few hundred euros a year, declare it as non-commercial profits (BNC). "Above about { $threshold } a year, it becomes necessary to set up a business": the micro-entreprise is the simplest ({ $source }). Brand deals, sales and gifts must be declared too; TikTok can also give you "a statement of your yearly earnings". Outside France, your own country's rules apply: ask its tax administration.
faq-likes = No: TikTok pays nothing for likes or comments. The Creator Rewards Program pays for qualified views (an RPM, revenue per 1,000 views); engagement brings more views, and so more income ({ $source }).
faq-followers-programme = { $programme }: { $conditions }.
faq-followers = Brand deals: no official threshold. { $deals } Affiliate links and products: no minimum.
faq-followers-pulse = TikTok Pulse: "often" more than { $followers } followers and a high engagement rate ({ $source }).
faq-turn_on-fund = Creator Fund: the "Me" icon, the three dots at the top right, then under "Creator", "TikTok Creator Fund" ({ $source }).
faq-turn_on-live = LIVE gifts: account settings, "LIVE Gifts", then "Allow gifts" ({ $source }).
faq-turn_on-marketplace = Creator Marketplace: account settings, "Creator Tools", then "TikTok Creator Marketplace", and fill in your profile ({ $source }).
faq-fund = The articles disagree: { $open } present the Creator Fund as the current programme; { $replaced } say the Creator Rewards Program replaced it. The fund pays very little ({ $fund } for 1,000,000 views); the Creator Rewards Program pays for qualified views of videos over one minute ({ $crp } for 1,000,000 views, depending on the region). { $history }
faq-shop = With TikTok Shop you tag products in your videos and earn a commission on each purchase; affiliate links in your bio or promo codes work too. For affiliation, "no official requirement"; no source gives a follower minimum for TikTok Shop, nor a typical commission ({ $source }).

## /help

title-help = Help
help-intro = Type a command, with options such as views:1000000, or ask your question.
help-commands = Commands
help-more = One command in detail: { $example }
help-options = Options
help-positional = Shortcut: { $example } (value of { $option }).
question-pointer = I did not understand "{ $text }". Type { $help } for the list of commands, or for example { $example }.

## Result cards

card-subtitle = { $views ->
        [one] { $views } view
       *[other] { $views } views
    }
card-subtitle-followers = { $views ->
        [one] { $views } view
       *[other] { $views } views
    } · { $followers ->
        [one] { $followers } follower
       *[other] { $followers } followers
    }
card-open = { $amount }+
card-no-figure = no figure
card-eligible = Eligible
card-not-eligible = Not eligible
card-not-confirmed = Not confirmed: { $country }
card-unknown = To check
card-month = M{ $month }
card-projection-subtitle = Start: { $views } views a month, { $growth } a month
card-none = This reply has no card: try /earnings or /projection.

## Telegram

title-start = Welcome
start-intro = Hello! I tell you what TikTok can really pay you. Try /earnings 1M, /eligibility followers:8000, or ask your question ("how much for 1.5M views?"). /help lists everything.
title-slow-down = One moment
slow-down = You asked a lot at once: try again in { $seconds ->
    [one] 1 second
   *[other] { $seconds } seconds
}.
title-private-only = In private, please
private-only = This command shows your personal data: send it to me in private.
telegram-description = What TikTok really pays: honest estimates by revenue stream, programme eligibility and the source of every figure, in English or French.
telegram-short-description = What TikTok can really pay you, with sources.
language-name = English
discord-menu-estimate = Estimate earnings

## Niches

niche-finance = finance
niche-tech = tech
niche-beauty = beauty
niche-fitness = fitness
niche-food = food
niche-gaming = gaming
niche-fashion = fashion
niche-comedy = comedy
niche-education = education
niche-lifestyle = lifestyle
niche-travel = travel
niche-other = other

## /sources: public figures described

topic-fx = Conversion
sources-countries = open in: { $countries }
sources-fx-rate = { $eur } = { $rate } { $currency }
sources-price = { $amount }
sources-percent = { $value }
sources-coins-per-diamond = { $coins } coins per diamond
sources-figure = { $value }{ $unit }
sources-figure-place = {" "}({ $place })
sources-figure-followers = , for accounts of { $followers } followers or more
sources-unit-per_1000_views = {" "}per 1,000 views
sources-unit-per_sponsored_video = {" "}per sponsored video
sources-unit-per_coin = {" "}a coin
sources-unit-per_diamond = {" "}a diamond
sources-unit-per_year = {" "}a year
sources-unit-none = {""}

## Currencies

currency-from-country = Amounts in { $currency }, your country's currency ({ $country }); add currency: for another.
currency-EUR = euros
currency-USD = US dollars
currency-CAD = Canadian dollars
currency-CHF = Swiss francs
currency-GBP = pounds sterling
currency-XOF = CFA francs
currency-XAF = Central African CFA francs
currency-MAD = dirhams

## /takehome

title-net = What you keep of { $gross } { $per }
net-per-year = a year
net-per-month = a month
net-not-france = I only know French rules: for your country ({ $country }), here is the gross, { $gross } { $per }, before whatever tax and contributions take from it.
net-from-estimate = From your Creator Rewards estimate ({ $range } over 30 days): what is left is a range too, worked out at each end.
title-net-nothing = What you keep
net-nothing = Nothing to work out: the Creator Rewards Program pays you nothing for now ({ $why }). For another income, give its amount ({ $hint }).
net-nothing-country = Nothing to work out: none of our sources says the Creator Rewards Program is open in your country ({ $country }). For another income, give its amount ({ $hint }).
net-assumes-year = Read as a yearly amount; for a monthly one, say so (period:month).
net-occasional = Above about €500 a year, it becomes necessary to set up a business; the micro-entreprise is the simplest ({ $source }).
net-field = As a French micro-entrepreneur (BNC, self-employed social security)
net-line-fr_bnc_social_contributions = Social contributions: { $rate } → { $amount } ({ $source }, in force on { $date })
net-line-fr_training_contribution = Training contribution: { $rate } → { $amount } ({ $source }, { $date })
net-line-fr_flat_income_tax = Flat income tax (an option, for households under an income ceiling): { $rate } → { $amount } ({ $source })
net-left-flat-tax = You keep { $net } { $per } with the flat income tax.
net-left-before-income-tax = Without it: { $net } { $per } before income tax, which is then computed on { $taxable } { $per }: turnover less a { $allowance } allowance ({ $source }).
net-left-before-income-tax-minimum = Without it: { $net } { $per } before income tax, which is then computed on { $taxable } { $per }: at this level the allowance's yearly minimum of { $minimum } is more than { $allowance } of turnover ({ $source }).
net-over-ceiling = ⚠️ Above { $ceiling } of turnover a year, you leave the micro regime ({ $source }): these figures no longer hold; ask an accountant.
net-caveat = French rules for a non-regulated liberal activity; the exact contributions and tax depend on your situation (ACRE, your household's other income).

title-faq-pulse = What does TikTok Pulse pay?
title-faq-subscriptions = Paid subscriptions
title-faq-video_gifts = Gifts on videos
faq-pulse = TikTok Pulse gives popular creators a share of the ad revenue shown next to their videos. It often takes more than { $followers } followers and a high engagement rate ({ $source }). No public figure says what it pays.
faq-subscriptions = TikTok is testing paid subscriptions: your fans pay monthly for exclusive content ({ $source }). No source gives a price or the share you get.
faq-video_gifts = Video Gifts let viewers send gifts on your videos, not only on LIVE; they turn into diamonds like LIVE gifts. The feature is still being rolled out ({ $source }). /live coins: puts a figure on gifts received.
claim-tax_bnc_occasional = For occasional income of a few hundred euros a year, the article says to declare it as non-commercial profits (BNC) on your yearly tax return, without setting up a business ({ $source }).

## Questions in plain words

understood = Understood: { $read } · same answer with { $command }
understood-nothing = Understood · same answer with { $command }
understood-unused = Read but not used by { $command }: { $read }.
understood-unrated = I have no dated reference rate for "{ $text }": amounts are in { $currency }.
understood-unrated-amount = "{ $amount } { $code }" is not used: I have no dated rate to convert it.
understood-unknown = I did not understand "{ $text }".
answer-yes = Yes: you meet the known requirements ({ $programme }).
answer-no = No, not yet ({ $programme }): { $missing }.
answer-depends = It depends ({ $programme }): { $what }.
answer-not-confirmed = Not confirmed ({ $programme }): none of our sources says the programme is open in your country ({ $country }).
understood-views = { $value ->
        [one] { $value } view
       *[other] { $value } views
    }
understood-followers = { $value ->
        [one] { $value } follower
       *[other] { $value } followers
    }
understood-coins = { $value ->
        [one] { $value } coin
       *[other] { $value } coins
    }
understood-diamonds = { $value ->
        [one] { $value } diamond
       *[other] { $value } diamonds
    }
understood-likes = { $value ->
        [one] { $value } like
       *[other] { $value } likes
    }
understood-comments = { $value ->
        [one] { $value } comment
       *[other] { $value } comments
    }
understood-shares = { $value ->
        [one] { $value } share
       *[other] { $value } shares
    }
understood-saves = { $value ->
        [one] { $value } save
       *[other] { $value } saves
    }
understood-sales = { $value ->
        [one] { $value } sale
       *[other] { $value } sales
    }
understood-age = age { $value }
understood-length = { $value }-second videos
understood-months = { $value ->
        [one] { $value } month
       *[other] { $value } months
    }
understood-target = target { $value }
understood-engagement = { $value } engagement
understood-commission = { $value } commission
understood-conversion = { $value } conversion
understood-growth = { $value } a month
understood-price = price { $value }
understood-amount = { $value }
understood-country = { $value }
understood-niche = { $value } niche
understood-currency = in { $value }
understood-period = { $value }
understood-date = { $value }
understood-audience = audience { $value }
audience-share = { $share } { $country }
understood-topic = { $value }

## Summaries: the first answer, read in five seconds

summary-month = Over 30 days: { $range } with the { $stream }.
summary-month-once-eligible = Over 30 days: nothing yet; once eligible, { $range } ({ $stream }).
summary-month-none = Over 30 days: no amount can be given with this information.
summary-eligible = ✅ Eligible ({ $stream })
summary-not-eligible = ❌ Not eligible yet ({ $stream }): { $missing }
summary-unknown = ❔ Eligibility to check ({ $stream }): { $what }
summary-not-confirmed = ❔ Not confirmed in your country ({ $stream }): none of our sources names { $country }
summary-stream = { $stream }: { $range } { $per }
summary-stream-disputed = { $stream } (the articles dispute whether it still exists): { $range } { $per }
summary-raise-views = Give your views over 30 days to put a figure on your earnings ({ $hint }).
summary-raise-threshold = Once past that: { $range } over 30 days ({ $stream }).
summary-raise-followers = Give your follower count: it decides eligibility and what a sponsored video is worth ({ $hint }).
summary-raise-country = Give your country: the rate depends on the region ({ $hint }).
summary-raise-niche = Give your niche: brands pay more in some ({ $hint }).
summary-net = You keep { $net } { $per } with the flat income tax, { $before } without it (before income tax).
summary-net-deductions = Taken: { $list }.
summary-net-fr_bnc_social_contributions = social contributions { $amount } ({ $rate })
summary-net-fr_training_contribution = training contribution { $amount } ({ $rate })
summary-net-fr_flat_income_tax = flat income tax { $amount } ({ $rate })
summary-net-over-ceiling = ⚠️ Past { $ceiling } a year you leave the micro regime: ask an accountant.
button-details = Details
button-sources = Sources
button-whatif = What about { $threshold } { $unit }?
press-expired = This answer has expired: ask again.
whatif-intro = If you had { $threshold } { $unit }:
title-cited = The sources of this estimate
cited-all = Every source, with what each says: /sources
unit-followers = followers
unit-views = views over 30 days
unit-years = years
console-details = (type "details" for every detail and the sources)

summary-own-rate = At your own rate: { $rate } per 1,000 views, from { $payouts ->
    [one] your payout for { $newest }
   *[other] your { $payouts } payouts, the latest for { $newest }
} (the sources: { $sources })
note-own-rate-outside = Your rate ({ $rate } per 1,000 views) is outside everything the sources give ({ $sources }): check the amount and views you saved; if they are right, your audience pays differently from the average.
note-own-rate-aged = A payout more than 12 months old counts for half: rates change.
summary-audience = Your audience: { $audience }
part-audience-mix = By your audience ({ $audience }): { $range } according to { $source }
note-audience-country = { $share }% of views, { $country }: { $range } ({ $place }, { $source })
note-audience-rest = { $countries }: no source gives a figure of their own; their views count at the figure given with no region, the rest of the world's.
fx-converted = ≈: converted from { $from } at the reference { $count ->
    [one] rate
   *[other] rates
} { $rates }.
fx-rate = €1 = { $rate } ({ $source }, { $date })
offer-below = The offer of { $offer } is below what the sources give for your audience ({ $range }).
offer-within = The offer of { $offer } is within what the sources give for your audience ({ $range }).
offer-above = The offer of { $offer } is above what the sources give for your audience ({ $range }).

## Questions read more than one way, and conversation

title-clarify = Did you mean…?
clarify-lead = I can read "{ $text }" more than one way. Which one?
# One line per reading in the console: its number, its words, the command that gives it.
clarify-option = { $n }. { $choice } ({ $command })
console-choose = Type the number of your choice.
choice-with = { $choice }: { $read }
choice-gains = Estimate my earnings
choice-eligibility = Check what I qualify for
choice-sponsorship = What a sponsored video is worth
choice-live = What my LIVE gifts are worth
choice-product = What my own product brings in
choice-affiliate = My affiliate commissions
choice-goal = What it takes to reach an income
choice-projection = Where my growth leads
choice-engagement = My engagement rate
choice-sources = Where the figures come from
choice-faq = A frequent question
choice-help = What gainsbot can do
choice-profile = Save my stats
choice-stats = See my saved stats
choice-language = Change the reply language
choice-forget = Delete my data
choice-export = Get a copy of my data
choice-takehome = What I keep after contributions
choice-payout = Record what TikTok paid me
choice-config = The server's or group's settings
choice-reminder = The monthly reminder
chat-reply = 👋 I'm here for your TikTok earnings questions, for example "how much for 1M views?"
