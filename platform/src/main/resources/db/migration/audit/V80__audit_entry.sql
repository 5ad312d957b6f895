-- The audit trail (platform, io.zaplecze.platform.audit): who did what, when, to which subject.
-- Append-only; written in the caller's transaction so an entry exists exactly when the change does.
CREATE TABLE audit.entry
(
    id      BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at      TIMESTAMP WITH TIME ZONE NOT NULL,
    actor   TEXT                     NOT NULL,
    action  TEXT                     NOT NULL,
    subject TEXT                     NOT NULL,
    details JSONB                    NOT NULL DEFAULT '{}'::jsonb
);

CREATE INDEX entry_by_at_idx ON audit.entry (at DESC, id DESC);
CREATE INDEX entry_by_subject_idx ON audit.entry (subject, at DESC);
CREATE INDEX entry_by_action_idx ON audit.entry (action, at DESC);
