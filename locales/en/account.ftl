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
title-payout-doubt = Payout not saved yet
payout-doubt-rate = { $month }: { $amount } for { $views } views makes { $rate } per 1,000 views, far from anything the sources give ({ $sources } per 1,000 views). A typo? Nothing is saved; if that is what TikTok paid you: { $command }
payout-doubt-views = { $month }: { $amount } for { $views } views is fewer than the { $threshold } views over 30 days from which the programme pays. A typo? Nothing is saved; if that is what TikTok paid you: { $command }
payout-saved = { $month }: { $amount } for { $views } qualified views.
payout-replaced = It replaces the one already saved for that month.
payout-month-assumed = No month given: I counted last month (for another month: { $hint }).
payout-rate = Your rate: { $rate } per 1,000 views, from { $payouts ->
    [one] this payout
   *[other] your { $payouts } payouts
}. { $command } now starts from it.
payout-in-future = { $month } has not happened yet: give the month you were paid for.
payout-too-old = { $month } is older than the { $kept } payouts kept (the oldest: { $oldest }): it would not be kept, so nothing is saved.

milestone-held = { $stream }: { $threshold } { $unit } reached, but { $missing }.
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

## A server's or group's settings (/settings)

title-settings = Settings of this server or group
title-settings-saved = Settings saved
settings-lang = Language: { $value }
settings-currency = Currency: { $value }
settings-country = Country of estimates: { $value }
settings-card-on = Image cards: yes
settings-card-off = Image cards: no
settings-mentions-on = Answers messages that mention the bot: yes
settings-mentions-off = Answers messages that mention the bot: no (commands still work)
settings-unprompted-here = Answers without a mention: in this channel, to questions I understand without a doubt; other messages I leave alone
settings-unprompted-elsewhere = Answers without a mention: in another channel
settings-unset = Nothing set: everyone has their own.
settings-order = What comes first: the option typed, then each member's own settings (/{ $profile }, /{ $language }), then the server's or group's, then the app's language, then French.
settings-who = Admins change them (on Discord, the "Manage Server" permission): { $example }
settings-refused = Only the server's or group's admins can change these settings: nothing changed.
settings-unchecked = I could not check that you administer this server or group: nothing changed. Try again in a moment with /{ $command }.
settings-private = These settings belong to a server or group: use /{ $command } there. For your own: /{ $profile } and /{ $language }.
settings-values-used = From this server's or group's settings: { $options }.

## Monthly reminders (/reminder)

title-reminder = Monthly reminder
reminder-on = Noted: a private message at the start of each month to update your figures. To stop: { $off }
reminder-off = No more reminders. To turn them back on: { $on }
reminder-state-on = Monthly reminder: on. To stop: { $off }
reminder-state-off = Monthly reminder: off. To turn it on: { $on }
reminder-undeliverable = No monthly reminder here: as it is installed, this bot cannot write to you first on this platform. Your figures stay at hand with { $stats }.
title-reminder-month = Your figures for { $month }?
reminder-intro = It's the start of the month: where are you at? Here are your saved figures and your progress.
reminder-last-saved = Last saved: { $date }.
reminder-update = Update them: { $example } · a payout received: /{ $payout } · no more reminders: { $off }
