-- Retention (issue 13): the retention job picks rows past a cutoff a batch at a time, by these.
-- Login History has login_history_time already; sessions have browser_session_expiry.
create index access_token_expiry on access_token (expires_at);
create index used_jti_expiry on used_jti (expires_at);
create index authorization_code_expiry on authorization_code (expires_at);
