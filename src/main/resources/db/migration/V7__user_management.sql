-- User management (uk.nciistats.security.UserService) and the searchable audit log.

-- When each user last signed in, and a count that moves whenever an administrator ends a user's
-- sessions (disabling the user, resetting the password): a console session signed in under an
-- older count is signed out at its next request.
ALTER TABLE app_user ADD COLUMN last_sign_in TIMESTAMP;
ALTER TABLE app_user ADD COLUMN session_epoch INTEGER DEFAULT 0 NOT NULL;

-- The user account a change concerns (null for a change to a return). The audit log is searched by
-- who made a change or whom it concerns, by return, by date and by kind, newest first.
ALTER TABLE audit_entry ADD COLUMN subject_user VARCHAR(64);
CREATE INDEX audit_entry_at ON audit_entry (at);
CREATE INDEX audit_entry_actor ON audit_entry (actor, at);
CREATE INDEX audit_entry_subject ON audit_entry (subject_user, at);
