-- The milestones already said to the creator, so none is said twice:
-- `live_gifts.followers,creator_rewards.followers`. NULL: none yet.
ALTER TABLE profiles ADD COLUMN milestones TEXT;
