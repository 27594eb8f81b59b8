# Command and option descriptions (Discord/Telegram menus, help). 3 to 100 characters.

cmd-gains = Full estimate of your TikTok earnings, stream by stream
cmd-eligibility = Which programmes you qualify for and what you are missing
cmd-sponsorship = What a sponsored video is worth for your audience
cmd-live = Value of your LIVE gifts (coins, diamonds)
cmd-product = Revenue from a product sold to your audience
cmd-affiliate = Affiliate and TikTok Shop commissions
cmd-goal = Views needed to reach a monthly income
cmd-projection = Your views and earnings over the coming months
cmd-engagement = Your engagement rate against accounts of your size
cmd-sources = The source and date of every figure
cmd-faq = Answers to common questions (payouts, taxes, likes…)
cmd-help = List of commands with examples

opt-views = Views over 30 days (e.g. 1000000, 1.5M, 500k)
opt-followers = Number of followers
opt-engagement = Engagement rate in % (likes, comments, shares)
opt-country = Country you live in (US, GB, FR, CA…)
opt-niche = Your account's topic (finance, beauty, tech…)
opt-currency = Currency of the answer (EUR or USD)
opt-age = Your age
opt-length = Typical length of your videos (75, 1:15, 1min15)
opt-coins = Coins received as LIVE gifts
opt-diamonds = Diamonds received
opt-price = Selling price (e.g. 49, $49.90)
opt-conversion = Share of the audience that buys, in %
opt-commission = Affiliate commission, in %
opt-sales = Number of sales
opt-amount = Monthly income you aim for (e.g. 1000, $1,000)
opt-months = Number of months (1 to 24)
opt-growth = Monthly growth of your views, in %
opt-likes = Number of likes
opt-comments = Number of comments
opt-shares = Number of shares
opt-saves = Number of saves
opt-topic = Topic (payouts, taxes, likes, followers, fund, shop)
opt-command = Command to get help on
