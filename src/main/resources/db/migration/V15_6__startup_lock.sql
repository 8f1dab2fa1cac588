-- Issue 13: nodes that start together seed groups, users, grants and filters one after the other: the seeder holds
-- this row's lock (SELECT … FOR UPDATE) for its whole transaction, so the second node finds everything in place.
CREATE TABLE ejkn_startup_lock (
  name VARCHAR(50) NOT NULL PRIMARY KEY
);
INSERT INTO ejkn_startup_lock (name) VALUES ('identity-seeding');
