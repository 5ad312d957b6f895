-- Scale-out (issue 17): when the owner last refreshed a route's ETAs (wall clock), so instances that
-- follow from the database see a refresh even when the estimates did not move.
ALTER TABLE routes ADD COLUMN eta_at timestamptz;
