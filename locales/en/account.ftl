## Profile, stats and personal data

title-profile = Your saved profile
title-profile-saved = Profile saved
profile-field = Your stats
profile-empty = Nothing is saved yet. Example: { $example }
profile-used-everywhere = Every command uses these values when you leave them out; the ones you type come first.
profile-followers = Followers: { $value }
profile-views30d = Views over 30 days: { $value }
profile-engagement = Engagement: { $value }
profile-country = Country: { $value }
profile-niche = Niche: { $value }
profile-age = Age: { $value }
profile-currency = Currency: { $value }
profile-length = Video length: { $value } s
profile-lang = Language: { $value }
profile-card-on = Picture cards: yes
profile-card-off = Picture cards: no
profile-payout = Paid for { $month }: { $amount } for { $views } views
profile-audience = Audience: { $value }
saved-values-used = From your saved values: { $options } (change them with /{ $command }).
saved-values-unavailable = Your saved values are unavailable right now: estimate made without them.

title-stats = Your stats and progress
progress-eta = { $days ->
    [one] , in about { $days } day at your current pace
   *[other] , in about { $days } days at your current pace
}
progress-flat = , but your numbers are not growing right now
progress-no-history = {" "}(save your numbers on another day to see the trend)
history-field = History (one entry a day)
history-day = { $date }: { $followers ->
        [one] { $followers } follower
       *[other] { $followers } followers
    }, { $views ->
        [one] { $views } view
       *[other] { $views } views
    } over 30 days

language-saved = Noted: I will answer you in English.

title-forget = Delete your data
forget-prompt = This deletes your profile and all your history, for good. To confirm: { $confirm }
forget-done = Done: nothing about you is stored any more.
forget-kept = Nothing was deleted.

title-export = Your data
export-intro = Everything stored about you, as it is, in the attached file ({ $file }).

title-store-unavailable = Data unavailable
store-unavailable = Your saved data is unavailable right now. Try again later; the other commands still work.
no-identity = Here I cannot tell who you are, so your stats cannot be saved.

title-payout = Payout saved
payout-saved = { $month }: { $amount } for { $views } qualified views.
payout-replaced = It replaces the one already saved for that month.
payout-month-assumed = No month given: I counted last month (for another month: { $hint }).
payout-rate = Your rate: { $rate } per 1,000 views, from { $payouts ->
    [one] this payout
   *[other] your { $payouts } payouts
}. { $command } now starts from it.
payout-in-future = { $month } has not happened yet: give the month you were paid for.

milestone-followers = 🎉 { $stream }: the { $threshold } followers threshold is reached.
milestone-views = 🎉 { $stream }: the { $threshold } views over 30 days threshold is reached.
milestone-age = 🎉 { $stream } and LIVE gifts: the age of { $threshold } is reached.
milestone-next-followers = Next step, { $stream }: { $threshold } followers ({ $missing ->
    [0] give yours with { $command }
   *[other] { $missing } to go
}).
milestone-next-views = Next step, { $stream }: { $threshold } views over 30 days ({ $missing ->
    [0] give yours with { $command }
   *[other] { $missing } to go
}).
milestone-next-age = Next step, { $stream }: { $threshold } years old.
milestone-all = Every threshold with a figure is reached; the other conditions are in { $command }.
