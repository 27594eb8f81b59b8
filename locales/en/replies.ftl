## Revenue streams

stream-creator_rewards = Creator Rewards Program
stream-creator_fund = Creator Fund (legacy)
stream-brand_deal = Brand deals
stream-live_gifts = LIVE gifts
stream-affiliate = Affiliate and TikTok Shop
stream-products = Your own products
stream-pulse = TikTok Pulse
programme-marketplace = Creator Marketplace (brand deals)

## Amounts and eligibility

range = { $low } – { $high }
range-open = { $low } – { $high } or more
range-single = { $amount }
by-source = { $range } according to { $source }
verdict-eligible = ✅ Eligible
verdict-not-eligible = ❌ Not eligible: { $missing }
verdict-unknown = ❔ To check: { $what }
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
missing-replaced = closed, replaced by the Creator Rewards Program
unsettled-needs = give { $option }:{ $example } to check
unsettled-country = none of our sources confirms your country is eligible
unsettled-no-threshold = high engagement is also required, with no public threshold
footer-sources = Sources: { $list } · details with /sources

## Notes

note-region-europe = No country given: France and Europe rates (add country:US for rates outside Europe).
note-region-global = No country given: rates outside Europe (add country:FR for European rates).
note-assumes-adult = Assumes you are an adult (give age:).
note-assumes-long-videos = Assumes your videos last longer than one minute (give length:).
note-qualified-views = Only qualified views of videos longer than one minute are paid; TikTok pays nothing for likes or comments.
note-sources-disagree = Sources give different ranges: the total covers them all.
note-fund-replaced = Replaced by the Creator Rewards Program: shown for comparison only.
note-engaged-audience = Rates for an engaged audience (around { $reference } engagement); add engagement: to refine.
note-engagement-scaled = At this engagement, brands count you as about { $effective } engaged followers.
note-hot-niche = A niche brands pay more for: the range includes the best-paying niches' rate.
note-no-price-size = Brands sign accounts from { $followers } highly engaged followers, but no reliable source prices deals at this size.
note-per-post = Per sponsored video, not per month.
note-needs-gifts = Add { $coins } or { $diamonds } to put a figure on your gifts.
note-live-share = Sources disagree on your share: { $coins } coins per diamond according to public converters, or { $share } of what viewers pay according to article 000.
note-from-diamonds = Computed from your diamonds at a diamond's public value.
note-no-commission = No reliable source gives a typical commission: give yours.
note-needs-option = Add { $hint } to put a figure on this income.
note-revenue = Revenue (not profit): { $low } to { $high } sales.
note-revenue-exact = { $sales ->
    [one] Revenue (not profit): { $sales } sale.
   *[other] Revenue (not profit): { $sales } sales.
}
note-no-public-rate = No public figure for what Pulse pays (a share of ad revenue).

## /earnings

gains-title = { $views ->
    [one] Estimate for { $views } view
   *[other] Estimate for { $views } views
}
gains-title-no-views = Your TikTok earnings estimate
gains-intro = Honest ranges for each revenue stream, over 30 days unless stated otherwise.
gains-followers = { $followers ->
    [one] For an account with { $followers } follower.
   *[other] For an account with { $followers } followers.
}

## One stream at a time

title-sponsorship = What a sponsored video is worth
title-live = What you keep from your LIVE gifts
title-product = What your product can bring in
title-affiliate = Your affiliate commissions
title-eligibility = Your eligibility for TikTok programmes
rules-creator-rewards = Requirements: age { $age }, { $followers } followers, { $views } authentic views over 30 days, original videos longer than one minute, eligible country (confirmed: { $countries }).
rules-live = Requirements: age { $age } and { $followers } followers.
rules-pulse = Requirements: over { $followers } followers and high engagement.
rules-marketplace = No public threshold (TikTok says it "varies"); brands sign accounts from { $followers } highly engaged followers.

## /goal

title-goal = Goal: { $amount } a month
goal-creator-rewards = Creator Rewards Program: between { $fewest } and { $most } qualified views a month.
goal-creator-fund = Legacy fund, for comparison: between { $fewest } and { $most } views.
goal-posts = { $most ->
    [one] Brand deals: { $fewest } sponsored video a month at your size.
   *[other] Brand deals: between { $fewest } and { $most } sponsored videos a month at your size.
}
goal-posts-hint = Add { $hint } to see how many brand deals it would take.
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
projection-growth-source = Start: { $views } views a month, +{ $growth } a month (views doubled in 3 months with 4 videos a week, article 000's example).
projection-growth-given = Start: { $views } views a month, +{ $growth } a month.
projection-field = Month by month (Creator Rewards Program)
projection-month = Month { $month }: { $views } views → { $money }
projection-threshold = {" "}✅ { $threshold } views threshold reached
projection-capped = Beyond this, it would be more views than the planet can watch: the projection stops there.
projection-caveat = A projection is not a promise: growth depends on your formats and how regularly you post.

## /engagement

title-engagement = Engagement rate: { $rate }
engagement-detail = { $interactions } interactions for { $views } views.
engagement-above = Above the average for accounts of your size ({ $typical }).
engagement-below = Below the average for accounts of your size ({ $typical }).
engagement-no-size = Add { $hint } to compare with accounts of your size.
engagement-strong = Excellent: according to article 000, an account at { $strong } engagement is often preferred to one five times larger at { $weak }.
engagement-weak = Weak: brands often prefer a smaller but more engaged account.
engagement-between = Between article 000's markers: { $weak } (weak) and { $strong } (excellent).
engagement-brands = For brands, that is worth about { $engaged } engaged followers.

## /sources

title-sources = Where the figures come from
sources-intro = Every rate cites its source and date; the articles carry no publication date, so the date shown is the year they refer to or the day they were read.
sources-used-by = Figures: { $rates }
sources-fx = Conversion: { $eur } = ${ $usd } (ECB, { $date }).

## /faq

title-faq = Frequently asked questions
faq-topics = Topics: { $topics }. Example: /{ $command } payouts
title-faq-payouts = When and how TikTok pays
title-faq-taxes = Taxes in France
title-faq-likes = Does TikTok pay for likes?
title-faq-followers = How many followers to get paid?
title-faq-fund = Creator Fund or Creator Rewards Program?
title-faq-shop = TikTok Shop and affiliate links
faq-payouts = Your earnings show up in your "Balance" in the app. The minimum withdrawal is around { $low } or { $high } depending on your country; payment is by PayPal or bank transfer and arrives within a few business days.
faq-taxes = This income is taxable. For a few hundred euros a year, declare it as non-commercial profits (BNC). Above about { $threshold } a year, article 000 advises setting up a micro-entreprise. Brand deals, sales and gifts must be declared too; when in doubt, ask an accountant.
faq-likes = No: TikTok does not pay for likes or comments. The Creator Rewards Program pays for qualified views (an RPM, revenue per 1,000 views). Engagement brings more views, and so more income.
faq-followers = Creator Rewards Program: { $crp } followers and { $views } views over 30 days. LIVE: { $live } followers. Pulse: over { $pulse } followers. Brand deals: possible from { $deals } highly engaged followers. Affiliate links and products: no minimum.
faq-fund = The old Creator Fund paid very little ({ $fund } for 1,000,000 views); it was replaced by the Creator Rewards Program, which pays for qualified views of videos longer than one minute ({ $crp } for 1,000,000 views).
faq-shop = With TikTok Shop you tag products in your videos and earn a commission on each purchase; affiliate links also work through a bio link or a promo code. No follower minimum; no reliable source gives a typical commission.

## /help

title-help = Help
help-intro = Type a command, with options such as views:1000000, or ask your question.
help-commands = Commands
help-more = One command in detail: { $example }
help-options = Options
help-positional = Shortcut: { $example } (the value of { $option }).
question-pointer = I did not understand. Type { $help } for the list of commands, or for example { $example }.

## Result cards

card-subtitle = { $views } views
card-subtitle-followers = { $views } views · { $followers } followers
card-open = { $amount }+
card-no-figure = no figure
card-eligible = Eligible
card-not-eligible = Not eligible
card-unknown = To check
card-month = M{ $month }
card-replaced = Replaced by the Creator Rewards Program
card-projection-subtitle = Start: { $views } views a month, +{ $growth } a month
card-none = This reply has no card: try /earnings or /projection.

## Telegram

telegram-start = Hello! I tell you what TikTok can really pay you. Try /earnings 1M, /eligibility followers:8000, or ask your question ("how much for 1.5M views?"). /help lists everything.
telegram-private-only = This command shows your personal data: send it to me in a private chat.
telegram-description = What TikTok really pays: honest estimates per revenue stream, programme eligibility and the source of every figure, in English or French.
telegram-short-description = What TikTok can really pay you, with sourced figures.
language-name = English
discord-menu-estimate = Estimate earnings
