title-error = Invalid input
error-unknown-command = I don't know the command "{ $name }". Type { $help } for the list.
error-too-long = That message is too long: { $limit } characters at most. Ask a short question or type a command.
error-unknown-option = The { $command } command has no option "{ $name }". Options: { $options }.
error-unknown-option-none = The { $command } command takes no option ("{ $name }" given): type it alone.
error-repeated = The { $option } option is given twice; keep one.
error-unexpected-value = The { $command } command takes no value ("{ $value }"). See { $help }.
error-missing = The { $command } command needs { $option }. Example: { $hint }
error-not-a-count = { $option }: "{ $value }" is not a whole number. Examples: { $hint }, 1,000,000, 1.5M, 500k, 2 million.
error-not-money = { $option }: "{ $value }" is not an amount. Examples: { $hint }, $49.90, 49 €.
error-not-a-percent = { $option }: "{ $value }" is not a percentage. Examples: { $hint }, 6%, 6.5%.
error-not-a-length = { $option }: "{ $value }" is not a length. Examples: { $hint }, 1:15, 1min15.
error-not-a-month = { $option }: "{ $value }" is not a month. Examples: { $hint }, 10/2026, October 2026, October.
error-not-an-audience = { $option }: "{ $value }" does not give a whole share from 1 to 100 for a country named once. Example: { $hint }, or "60% France, 40% US".
error-shares-sum = { $option }: the shares add up to { $sum }%, not 100%. Example: { $hint }
error-not-a-number = { $option }: "{ $value }" is not valid. Example: { $hint }
error-empty = { $option }: the value is missing. Example: { $hint }
error-zero = { $option } must be more than zero. Example: { $hint }
error-negative = { $option } cannot be negative ("{ $value }"). Example: { $hint }
error-not-whole = { $option } must be a whole number ("{ $value }"). Example: { $hint }
error-too-small = { $option }: "{ $value }" is too small (minimum { $min }). Example: { $hint }
error-too-large = { $option }: "{ $value }" is more than is possible (maximum { $max }). Example: { $hint }
error-fall-too-steep = { $option }: "{ $value }" loses everything; a fall goes down to -{ $max }% a month at most.
error-unknown-choice = { $option }: "{ $value }" is not one of the choices. Choices: { $choices }.
error-unknown-country = { $option }: I don't know the country "{ $value }". Examples: { $hint }, France, United States, Canada.
error-exceeds = { $option }: { $value } is more than { $limit } ({ $limit_value }), which cannot be; check your numbers.
error-over-full-engagement = { $interactions ->
        [one] { $interactions } interaction
       *[other] { $interactions } interactions
    } for { $views ->
        [one] { $views } view
       *[other] { $views } views
    } is over 100% engagement; check likes:, comments:, shares: and saves:.
error-beyond-audience = { $value } views in 30 days is more than TikTok's whole audience (over { $audience } monthly active users according to { $source }): check the number ({ $option }:).
error-overflow = These figures multiply into an amount too large to count: check them.
